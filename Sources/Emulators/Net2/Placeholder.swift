enum Net2EmulatorPlaceholder {}
