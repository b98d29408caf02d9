/**
 * Discord's message limits, written out independently of src/bot so the fake
 * can refuse what Discord would refuse (400, code 50035) and tests can check
 * every payload the bot sent. Source: discord.com/developers/docs
 * (Resources › Message › Create Message; Channel › Embed Limits; Interactions
 * › Message Components).
 */

const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Every limit a message body breaks, as readable lines (empty when it is fine). */
export function limitViolations(body: unknown): string[] {
  if (typeof body !== "object" || body === null) return [];
  const message = body as Json;
  const problems: string[] = [];
  const content = text(message.content);
  if (content.length > LIMITS.content) problems.push(`content is ${content.length} > ${LIMITS.content}`);

  const embeds = Array.isArray(message.embeds) ? (message.embeds as Json[]) : [];
  if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds > ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const title = text(embed.title);
    const description = text(embed.description);
    const footer = text((embed.footer as Json | undefined)?.text);
    const author = text((embed.author as Json | undefined)?.name);
    const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
    if (title.length > LIMITS.embedTitle) problems.push(`embed ${i} title is ${title.length}`);
    if (description.length > LIMITS.embedDescription) problems.push(`embed ${i} description is ${description.length}`);
    if (footer.length > LIMITS.footerText) problems.push(`embed ${i} footer is ${footer.length}`);
    if (author.length > LIMITS.authorName) problems.push(`embed ${i} author is ${author.length}`);
    if (fields.length > LIMITS.embedFields) problems.push(`embed ${i} has ${fields.length} fields`);
    total += title.length + description.length + footer.length + author.length;
    for (const field of fields) {
      const name = text(field.name);
      const value = text(field.value);
      if (name.length > LIMITS.fieldName) problems.push(`embed ${i} field name is ${name.length}`);
      if (value.length > LIMITS.fieldValue) problems.push(`embed ${i} field value is ${value.length}`);
      total += name.length + value.length;
    }
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} > ${LIMITS.embedTotal}`);

  const rows = Array.isArray(message.components) ? (message.components as Json[]) : [];
  if (rows.length > LIMITS.actionRows) problems.push(`${rows.length} action rows`);
  const customIds = new Set<string>();
  for (const row of rows) {
    const components = Array.isArray(row.components) ? (row.components as Json[]) : [];
    if (row.type !== 1) problems.push(`top-level component of type ${String(row.type)}`);
    if (components.length > LIMITS.buttonsPerRow) problems.push(`${components.length} buttons in a row`);
    for (const component of components) {
      const id = text(component.custom_id);
      const label = text(component.label);
      if (component.style !== 5 && id.length === 0) problems.push("button without custom_id");
      if (id.length > LIMITS.customId) problems.push(`custom_id is ${id.length} > ${LIMITS.customId}`);
      if (customIds.has(id)) problems.push(`duplicate custom_id ${id}`);
      customIds.add(id);
      if (label.length > LIMITS.buttonLabel) problems.push(`button label is ${label.length}`);
    }
  }
  // Autocomplete results (interaction callback type 8): Application Commands › Autocomplete.
  if (message.choices !== undefined) {
    const choices = Array.isArray(message.choices) ? (message.choices as Json[]) : [];
    if (!Array.isArray(message.choices)) problems.push("choices is not an array");
    if (choices.length > LIMITS.choices) problems.push(`${choices.length} choices > ${LIMITS.choices}`);
    choices.forEach((choice, i) => {
      const name = text(choice.name);
      const value = choice.value;
      if (name.length < 1 || name.length > LIMITS.choiceName) problems.push(`choice ${i} name is ${name.length} characters`);
      if (typeof value === "string" ? value.length < 1 || value.length > LIMITS.choiceValue : typeof value !== "number") problems.push(`choice ${i} value ${JSON.stringify(value)}`);
    });
  }
  return problems;
}

const MODAL = {
  title: 45,
  components: 5,
  label: 45,
  labelDescription: 100,
  textInputLength: 4000,
  textPlaceholder: 100,
  selectOptions: 25,
  optionText: 100,
  selectPlaceholder: 150,
} as const;

/**
 * Every rule a modal (interaction callback type 9) breaks: Interactions ›
 * Receiving and Responding › Modal, and Components › Label, Text Input,
 * String Select. Only the layouts citebot could send are accepted: Labels
 * holding a text input or a string select.
 */
export function modalViolations(data: unknown): string[] {
  if (typeof data !== "object" || data === null) return ["modal data missing"];
  const modal = data as Json;
  const problems: string[] = [];
  const customId = text(modal.custom_id);
  const title = text(modal.title);
  if (customId.length < 1 || customId.length > LIMITS.customId) problems.push(`modal custom_id is ${customId.length} characters`);
  if (title.length < 1 || title.length > MODAL.title) problems.push(`modal title is ${title.length} characters`);
  const components = Array.isArray(modal.components) ? (modal.components as Json[]) : [];
  if (components.length < 1 || components.length > MODAL.components) problems.push(`modal has ${components.length} components`);
  const ids = new Set<string>();
  components.forEach((label, i) => {
    if (label.type !== 18) return void problems.push(`modal component ${i} is of type ${String(label.type)}, not a Label`);
    const name = text(label.label);
    if (name.length < 1 || name.length > MODAL.label) problems.push(`label ${i} is ${name.length} characters`);
    if (text(label.description).length > MODAL.labelDescription) problems.push(`label ${i} description is too long`);
    const field = (label.component ?? {}) as Json;
    const id = text(field.custom_id);
    if (id.length < 1 || id.length > LIMITS.customId) problems.push(`field ${i} custom_id is ${id.length} characters`);
    if (ids.has(id)) problems.push(`duplicate field custom_id ${id}`);
    ids.add(id);
    if (field.type === 4) {
      if (field.style !== 1 && field.style !== 2) problems.push(`text input ${i} style ${String(field.style)}`);
      const max = field.max_length === undefined ? MODAL.textInputLength : Number(field.max_length);
      const min = field.min_length === undefined ? 0 : Number(field.min_length);
      if (!(max >= 1 && max <= MODAL.textInputLength) || !(min >= 0 && min <= max)) problems.push(`text input ${i} lengths ${min}-${max}`);
      if (text(field.placeholder).length > MODAL.textPlaceholder) problems.push(`text input ${i} placeholder is too long`);
      if ("label" in field) problems.push(`text input ${i} in a Label must not have its own label`);
    } else if (field.type === 3) {
      const options = Array.isArray(field.options) ? (field.options as Json[]) : [];
      if (options.length < 1 || options.length > MODAL.selectOptions) problems.push(`select ${i} has ${options.length} options`);
      const values = new Set<string>();
      options.forEach((option, j) => {
        for (const key of ["label", "value"] as const) {
          const length = text(option[key]).length;
          if (length < 1 || length > MODAL.optionText) problems.push(`select ${i} option ${j} ${key} is ${length} characters`);
        }
        if (text(option.description).length > MODAL.optionText) problems.push(`select ${i} option ${j} description is too long`);
        if (values.has(text(option.value))) problems.push(`select ${i} repeats value ${text(option.value)}`);
        values.add(text(option.value));
      });
      if (text(field.placeholder).length > MODAL.selectPlaceholder) problems.push(`select ${i} placeholder is too long`);
    } else {
      problems.push(`label ${i} holds a component of type ${String(field.type)}`);
    }
  });
  return problems;
}
