import ParleyShell

ParleyCLI.runMain()
