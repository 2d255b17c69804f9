// The registry of built-in playbooks. A placeholder until the playbooks land; the playbook writer owns this file.
// Entries are plain script objects; `npm run --silent check-script -- --all-builtin` lints every one.
export const builtinPlaybooks: unknown[] = [];
