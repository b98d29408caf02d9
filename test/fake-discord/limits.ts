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
