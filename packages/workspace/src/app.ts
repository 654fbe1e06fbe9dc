// Entry of the workspace: fixes the app's root from this file's own address (so every other address is
// relative to where the intake serves it), then defines <npo-workspace>.
import { setAppRoot } from './app-root.js';

setAppRoot(new URL('./', import.meta.url));

await import('./components/workspace/workspace.js');
