import EmulatorCore
import Stubbing
import UnderstudyCore

extension StubBackend {
    /// A backend that lets `emulator` answer what the stubs do not, mounts its runtime controls
    /// under `/__admin/<vendor>/`, and hands it Pact provider states and resets.
    public init(emulator: any VendorEmulator) {
        self.init(
            name: emulator.vendor,
            respond: { emulator.respond(to: $0) },
            control: { emulator.control($0, path: $1) },
            applyProviderState: { change in
                try emulator.applyProviderState(
                    name: change.state, params: change.params, action: change.action == .setup ? .setup : .teardown)
            },
            reset: { emulator.reset() })
    }
}
