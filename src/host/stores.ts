// One VersionStore per workspace folder, created on first use (nothing touches the disk at start-up).
import * as vscode from 'vscode';
import { VersionStore } from '../core/history';

export interface FileInStore {
  store: VersionStore;
  folder: vscode.WorkspaceFolder;
  /** workspace-relative '/' path */
  rel: string;
}

export class StoreRegistry {
  private readonly stores = new Map<string, VersionStore>();

  forFolder(folder: vscode.WorkspaceFolder): VersionStore {
    const key = folder.uri.toString();
    let store = this.stores.get(key);
    if (!store) {
      store = new VersionStore(folder.uri.fsPath);
      this.stores.set(key, store);
    }
    return store;
  }

  /** The store holding a file's history; undefined for files outside every workspace folder. */
  forUri(uri: vscode.Uri): FileInStore | undefined {
    if (uri.scheme !== 'file') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const store = this.forFolder(folder);
    return { store, folder, rel: store.relPath(uri.fsPath) };
  }

  /** The first folder's store: where runs live when no file says otherwise. */
  primary(): { store: VersionStore; folder: vscode.WorkspaceFolder } | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? { store: this.forFolder(folder), folder } : undefined;
  }
}
