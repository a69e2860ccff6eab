enum LoketConnectorPlaceholder {}
