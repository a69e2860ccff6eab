enum Net2ConnectorPlaceholder {}
