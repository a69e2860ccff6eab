/// What a consumer check found: which exchanges matched which interactions, and every problem.
public struct ConsumerReport: Sendable, Equatable {
    /// An exchange whose request matched an interaction.
    public struct Match: Sendable, Equatable {
        /// Position of the exchange in the list checked.
        public var exchangeIndex: Int
        /// The interaction it was attributed to.
        public var interaction: PactInteraction

        /// Creates a match.
        public init(exchangeIndex: Int, interaction: PactInteraction) {
            self.exchangeIndex = exchangeIndex
            self.interaction = interaction
        }
    }

    /// A request that matches no interaction of the pact.
    public struct UnmatchedRequest: Sendable, Equatable, CustomStringConvertible {
        /// Position of the exchange in the list checked.
        public var exchangeIndex: Int
        /// The request.
        public var request: ObservedRequest
        /// The interaction whose request came closest, if the pact has any.
        public var closest: PactInteraction?
        /// How the request differs from the closest interaction's.
        public var mismatches: [PactMismatch]

        /// Creates an entry.
        public init(exchangeIndex: Int, request: ObservedRequest, closest: PactInteraction?, mismatches: [PactMismatch]) {
            self.exchangeIndex = exchangeIndex
            self.request = request
            self.closest = closest
            self.mismatches = mismatches
        }

        /// The request, and how it differs from the closest interaction.
        public var description: String {
            let head = "Request #\(exchangeIndex) \(request.method) \(request.path) matches no interaction"
            guard let closest else { return head + " (the pact has no HTTP interactions)" }
            return head + "; closest is '\(closest.description)': " + mismatches.map(\.description).joined(separator: "; ")
        }
    }

    /// A response that broke the rules of the interaction its request matched.
    public struct BrokenResponse: Sendable, Equatable, CustomStringConvertible {
        /// Position of the exchange in the list checked.
        public var exchangeIndex: Int
        /// The interaction whose response rules were broken.
        public var interaction: PactInteraction
        /// How the response differs.
        public var mismatches: [PactMismatch]

        /// Creates an entry.
        public init(exchangeIndex: Int, interaction: PactInteraction, mismatches: [PactMismatch]) {
            self.exchangeIndex = exchangeIndex
            self.interaction = interaction
            self.mismatches = mismatches
        }

        /// The interaction, and how the response breaks it.
        public var description: String {
            "Response #\(exchangeIndex) to '\(interaction.description)' breaks the contract: "
                + mismatches.map(\.description).joined(separator: "; ")
        }
    }

    /// Exchanges attributed to interactions, in exchange order.
    public var matches: [Match]
    /// Requests that match no interaction, in exchange order.
    public var unmatchedRequests: [UnmatchedRequest]
    /// Interactions no exchange was attributed to, in pact order.
    public var unexercisedInteractions: [PactInteraction]
    /// Responses that broke their interaction's rules, in exchange order.
    public var brokenResponses: [BrokenResponse]

    /// Creates a report.
    public init(
        matches: [Match] = [], unmatchedRequests: [UnmatchedRequest] = [], unexercisedInteractions: [PactInteraction] = [],
        brokenResponses: [BrokenResponse] = []
    ) {
        self.matches = matches
        self.unmatchedRequests = unmatchedRequests
        self.unexercisedInteractions = unexercisedInteractions
        self.brokenResponses = brokenResponses
    }

    /// Whether the consumer kept the contract: every request matched, and no non-pending interaction
    /// was left unexercised or had its response broken.
    public var passed: Bool {
        unmatchedRequests.isEmpty && unexercisedInteractions.allSatisfy(\.pending)
            && brokenResponses.allSatisfy(\.interaction.pending)
    }
}
