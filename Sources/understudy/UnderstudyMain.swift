import UnderstudyCLI

/// The `understudy` executable: parses the command line and runs the chosen command.
@main
struct UnderstudyMain {
    static func main() async {
        await UnderstudyCommand.main()
    }
}
