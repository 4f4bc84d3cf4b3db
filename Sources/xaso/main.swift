import XaSoApp

await XaSoCommand.runMain()
