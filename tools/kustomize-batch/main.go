// kustomize-batch runs `kustomize build` for one directory per line of its standard input, one after
// another in one process, with the kustomize CLI's own build command at the version go.mod pins. A
// process of its own per build parses kustomize's built-in OpenAPI schema again each time (about a third
// of a build of our overlays); here it is parsed once, for every build the process runs.
//
// Protocol, one answer per request line, in order:
//
//	ok <n>\n<n bytes: the YAML `kustomize build <dir>` prints>
//	error <n>\n<n bytes: what `kustomize build <dir>` prints on standard error>
//
// `kustomize-batch version` prints the kustomize version it builds with.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime/debug"

	"sigs.k8s.io/kustomize/api/konfig"
	"sigs.k8s.io/kustomize/kustomize/v5/commands/build"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

const kustomizeModule = "sigs.k8s.io/kustomize/kustomize/v5"

func main() {
	if len(os.Args) == 2 && os.Args[1] == "version" {
		fmt.Println(kustomizeVersion())
		return
	}
	if len(os.Args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: kustomize-batch < directories (one per line)  |  kustomize-batch version")
		os.Exit(2)
	}
	requests := bufio.NewScanner(os.Stdin)
	requests.Buffer(make([]byte, 64*1024), 1024*1024)
	answers := bufio.NewWriter(os.Stdout)
	fSys := filesys.MakeFsOnDisk()
	for requests.Scan() {
		output, err := kustomizeBuild(fSys, requests.Text())
		if err != nil {
			message := fmt.Sprintf("Error: %v\n", err)
			fmt.Fprintf(answers, "error %d\n%s", len(message), message)
		} else {
			fmt.Fprintf(answers, "ok %d\n", len(output))
			answers.Write(output)
		}
		if err := answers.Flush(); err != nil {
			os.Exit(1) // the reader is gone
		}
	}
}

// kustomizeBuild is `kustomize build <dir>`: the CLI's command, its default flags, its output.
func kustomizeBuild(fSys filesys.FileSystem, dir string) ([]byte, error) {
	var output bytes.Buffer
	command := build.NewCmdBuild(fSys, build.MakeHelp(konfig.ProgramName, "build"), &output)
	command.SetArgs([]string{dir})
	command.SilenceErrors = true
	command.SetOut(&output)
	command.SetErr(&output)
	if err := command.Execute(); err != nil {
		return nil, err
	}
	return output.Bytes(), nil
}

// kustomizeVersion is the version of the kustomize module this program was built with, as
// `kustomize version` prints it (v5.7.1).
func kustomizeVersion() string {
	info, ok := debug.ReadBuildInfo()
	if ok {
		for _, dep := range info.Deps {
			if dep.Path == kustomizeModule {
				return dep.Version
			}
		}
	}
	return "unknown"
}
