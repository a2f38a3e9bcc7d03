// The types of render-memo.cjs (plain CommonJS, so that a warm render loads no TypeScript).

/** What render reads from the workspace, hashed by content. */
export const WORKSPACE_INPUTS: readonly string[];
/** The code that renders, relative to the repository, fingerprinted by path, size and modification time. */
export const CODE_INPUTS: readonly string[];

export interface RenderMemoInputs {
  readonly workspaceRoot: string;
  /** The command line (render's options), which changes the report's form. */
  readonly argv: readonly string[];
  /** The code's root; the repository render-memo.cjs is in unless a test says otherwise. */
  readonly codeRoot?: string;
}

/** What render printed, to print again. */
export interface RenderMemo {
  /** stdout, without the closing line that says how long render took. */
  readonly report: string;
  readonly files: number;
  readonly environments: number;
}

export function renderKey(inputs: RenderMemoInputs): string;
/** Every input's path, inode, size, modification and change times, and the command line; and the newest of those times. */
export function statFingerprint(inputs: RenderMemoInputs): { fingerprint: string; newest: number };
export function replayRender(argv: readonly string[], started: number): boolean;
export function rememberIfUnchanged(inputs: RenderMemoInputs, memo: RenderMemo): void;
export function recallRender(key: string): RenderMemo | undefined;
export function rememberRender(key: string, memo: RenderMemo): void;
export function plainRender(
  argv: readonly string[],
  defaultWorkspace?: string,
): { workspace: string; json: boolean } | undefined;
