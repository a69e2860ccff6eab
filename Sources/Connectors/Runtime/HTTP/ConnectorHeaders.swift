import UnderstudyCore

/// HTTP header fields in order, with names compared without regard to case: the same type the
/// servers use, so connectors and servers share one implementation.
public typealias ConnectorHeaders = HTTPHeaders
