enum LoketEmulatorPlaceholder {}
