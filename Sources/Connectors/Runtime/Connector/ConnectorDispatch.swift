extension TargetConnector {
    /// Runs `action` by name, for a command line or a harness.
    ///
    /// As in HelloID, an error thrown by a lifecycle or permission action fails that action: it
    /// becomes a failed ``OutputContext`` whose error audit entry carries the error's description.
    /// Import errors and cancellation are rethrown; source actions throw
    /// ``ConnectorActionNotSupported``.
    public func run(_ action: ConnectorAction, context: ActionContext, person: PersonContext = PersonContext()) async throws
        -> ConnectorResult
    {
        switch action {
        case .importAccounts: return .accounts(try await importAccounts(context))
        case .importPermissions: return .permissionMemberships(try await importPermissions(context))
        case .persons, .departments: throw ConnectorActionNotSupported(action: action)
        default: break
        }
        do {
            return .output(try await output(of: action, context: context, person: person))
        } catch let error as CancellationError {
            throw error
        } catch {
            var output = OutputContext()
            output.log(String(describing: error), isError: true)
            return .output(output)
        }
    }

    private func output(of action: ConnectorAction, context: ActionContext, person: PersonContext) async throws -> OutputContext {
        switch action {
        case .create: return try await create(context, person: person)
        case .update: return try await update(context, person: person)
        case .enable: return try await enable(context, person: person)
        case .disable: return try await disable(context, person: person)
        case .delete: return try await delete(context, person: person)
        case .permissions: return try await retrievePermissions(context)
        case .grant: return try await grant(context, person: person)
        case .revoke: return try await revoke(context, person: person)
        case .subPermissions: return try await subPermissions(context, person: person)
        case .importAccounts, .importPermissions, .persons, .departments: throw ConnectorActionNotSupported(action: action)
        }
    }
}

extension SourceConnector {
    /// Runs the source action `action` by name; target actions throw ``ConnectorActionNotSupported``.
    public func run(_ action: ConnectorAction, context: SourceContext) async throws -> ConnectorResult {
        switch action {
        case .persons: return .persons(try await persons(context))
        case .departments: return .departments(try await departments(context))
        default: throw ConnectorActionNotSupported(action: action)
        }
    }
}
