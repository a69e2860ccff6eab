/// What a stub server answers from, changed only through the admin API and reloads: the
/// mappings and the global settings. One value behind one lock, so that a request takes both
/// in a single acquisition.
struct ServingState: Sendable {
    /// The mappings served, with their index and prepared responses.
    var mappings: MappingSet
    /// The global settings: a delay added to every stub and backend answer.
    var settings: GlobalSettings
}
