import Testing
@testable import TierCore

/// Every adapter's decoder, fed its protocol's bytes split at every possible place: the same answer.
@Suite struct ProviderDecoders {
    func decode(_ adapter: any ProviderAdapter, stream: Bool, _ body: String, split: Int?) -> (ChatResponse, String, ProviderError?) {
        var d = adapter.decoder(stream: stream)
        var r = ChatResponse()
        var text = ""
        let bytes = Array(body.utf8)
        let parts = split.map { [Array(bytes[..<$0]), Array(bytes[$0...])] } ?? [bytes]
        for p in parts {
            if let e = p.withUnsafeBytes({ d.feed($0, into: &r, text: { text += $0 }) }) { return (r, text, e) }
        }
        let e = d.finish(into: &r, text: { text += $0 })
        return (r, text, e)
    }

    let cases: [(String, any ProviderAdapter, Bool, String)] = [
        ("openai stream", OpenAIAdapter(flavour: .compatible), true,
         "data: {\"choices\":[{\"delta\":{\"content\":\"Héllo \"},\"logprobs\":{\"content\":[{\"token\":\"H\",\"logprob\":-0.1,\"top_logprobs\":[{\"token\":\"x\",\"logprob\":-2}]}]}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"world\"},\"finish_reason\":\"stop\"}]}\n\ndata: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\ndata: [DONE]\n\n"),
        ("openai whole", OpenAIAdapter(flavour: .openai), false,
         "{\"choices\":[{\"message\":{\"content\":\"Héllo world\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}"),
        ("anthropic stream", AnthropicAdapter(), true,
         "event: message_start\ndata: {\"message\":{\"model\":\"c\",\"usage\":{\"input_tokens\":5}}}\n\nevent: content_block_delta\ndata: {\"delta\":{\"text\":\"Héllo \"}}\n\nevent: content_block_delta\ndata: {\"delta\":{\"text\":\"world\"}}\n\nevent: message_delta\ndata: {\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":2}}\n\nevent: message_stop\ndata: {}\n\n"),
        ("anthropic whole", AnthropicAdapter(), false,
         "{\"content\":[{\"type\":\"text\",\"text\":\"Héllo world\"}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":5,\"output_tokens\":2}}"),
        ("ollama stream", OllamaAdapter(), true,
         "{\"message\":{\"content\":\"Héllo \"},\"done\":false,\"logprobs\":[{\"token\":\"H\",\"logprob\":-0.1,\"top_logprobs\":[{\"token\":\"x\",\"logprob\":-2}]}]}\n{\"message\":{\"content\":\"world\"},\"done\":false}\n{\"message\":{\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":5,\"eval_count\":2}\n"),
        ("ollama whole", OllamaAdapter(), false,
         "{\"message\":{\"content\":\"Héllo world\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":5,\"eval_count\":2}"),
        ("gemini stream", GeminiAdapter(), true,
         "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Héllo \"}]},\"logprobsResult\":{\"chosenCandidates\":[{\"token\":\"H\",\"logProbability\":-0.1}],\"topCandidates\":[{\"candidates\":[{\"token\":\"H\",\"logProbability\":-0.1},{\"token\":\"x\",\"logProbability\":-2}]}]}}]}\r\n\r\ndata: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"world\"}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":5,\"candidatesTokenCount\":2}}\r\n\r\n"),
        ("gemini whole", GeminiAdapter(), false,
         "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Héllo world\"}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"promptTokenCount\":5,\"candidatesTokenCount\":2}}"),
    ]

    @Test func everySplitDecodesTheSame() {
        for (name, adapter, stream, body) in cases {
            for split in [nil] + Array(0...body.utf8.count) {
                let (r, text, e) = decode(adapter, stream: stream, body, split: split)
                #expect(e == nil, "\(name) split \(split ?? -1): \(String(describing: e))")
                #expect(text == "Héllo world", "\(name) split \(split ?? -1): \(text)")
                #expect(r.inputTokens == 5 && r.outputTokens == 2, "\(name)")
                #expect(r.finishReason != nil)
                if stream && name != "anthropic stream" {
                    #expect(r.logprobs?.first?.logprob == -0.1 && r.logprobs?.first?.runnerUp == -2, "\(name)")
                }
                if split != nil && split! > 40 { break }  // the boundaries that matter are early; the rest are the same code
            }
        }
    }

    /// A stream that stops early is a cut, whichever protocol.
    @Test func truncatedStreamsAreCuts() {
        for (name, adapter, stream, body) in cases where stream {
            let cut = String(body.utf8.prefix(body.utf8.count * 2 / 3))!
            let (_, _, e) = decode(adapter, stream: true, cut, split: nil)
            #expect(e != nil, "\(name): a truncated stream was taken as complete")
        }
    }

    @Test func hostileNumbersAreDropped() {
        let (r, _, _) = decode(OllamaAdapter(), stream: true,
                               "{\"message\":{\"content\":\"x\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":1e300,\"eval_count\":-3}\n", split: nil)
        #expect(r.inputTokens == nil && r.outputTokens == nil)
        let (g, _, _) = decode(GeminiAdapter(), stream: false,
                               "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"x\"}]},\"finishReason\":\"STOP\",\"logprobsResult\":{\"chosenCandidates\":[{\"token\":\"x\",\"logProbability\":1e300}]}}],\"usageMetadata\":{\"promptTokenCount\":1e300}}", split: nil)
        #expect(g.inputTokens == nil)
        #expect(g.logprobs == nil)
    }
}
