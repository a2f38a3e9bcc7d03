// Public API (@ckan-openshift/manifests/command-line): the shared shape of every tool's CLI — parsing,
// sub-commands, the --workspace option, exit codes and the errors that map to them.
export {
  EXIT,
  Failure,
  parseCommandLine,
  runCommand,
  splitCommand,
  unknownCommand,
  UsageError,
  workspaceHelp,
  WORKSPACE_OPTION,
  type CommandSpec,
  type Explain,
} from "../lib/command-line.ts";
