import UnderstudyCLI
UnderstudyCommand.main()
