/**
 * Start a worker thread from a module beside this one, whether the project
 * runs as TypeScript (tsx, vitest) or as compiled JavaScript (plain node).
 *
 * A worker does not inherit the TypeScript loader of its parent on Node 20
 * (tsx registers its hooks per thread, vitest transforms only its own
 * module graph), so for a .ts module the worker first registers tsx's ESM
 * hooks and then imports the module; a .js module is started directly.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startSiblingWorker(baseName: string, options: WorkerOptions = {}): Worker {
  const typescript = import.meta.url.endsWith(".ts");
  const url = new URL(`./${baseName}${typescript ? ".ts" : ".js"}`, import.meta.url);
  if (!typescript) return new Worker(url, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
