enum ConnectorRuntimePlaceholder {}
