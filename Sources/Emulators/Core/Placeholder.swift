/// Placeholder until the emulator core lands.
enum EmulatorCorePlaceholder {}
