enum ContractTestingPlaceholder {}
