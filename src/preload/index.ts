import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, choosePathChannel, type GlossBridge, type GlossShell } from '../shared/bridge';
import { methodNames } from '../shared/contract';

// One named function per contract method and nothing else: the page never sees ipcRenderer.
const bridge = Object.fromEntries(
  methodNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(channelFor(name), input),
  ]),
) as GlossBridge;

contextBridge.exposeInMainWorld('gloss', bridge);

// The native dialogs, apart from the contract: only Electron has them.
const shell: GlossShell = {
  choosePath: (options) => ipcRenderer.invoke(choosePathChannel, options),
};

contextBridge.exposeInMainWorld('glossShell', shell);
