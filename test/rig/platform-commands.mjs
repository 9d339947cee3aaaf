// Placeholder replaced when the reference platform lands: no commands yet.
export function platformCommandsPlugin() {
  return { name: 'platform-commands' };
}
