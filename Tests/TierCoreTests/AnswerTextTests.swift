import Testing
@testable import TierCore

/// The answer-text signals: what each one reads from a prompt and an answer.
@Suite struct AnswerTextSignals {
    func features(_ prompt: String, _ answer: String) -> [Signal: Double] {
        Dictionary(uniqueKeysWithValues: AnswerText.features(prompt: prompt, answer: answer).map { ($0.0, $0.1) })
    }

    @Test func optionsOfAPrompt() {
        #expect(AnswerText.options("Which is heavier, an elephant or a mouse? Reply with one word.") == ["elephant", "mouse"])
        #expect(AnswerText.options("Which number is larger, 285 or 278?") == ["285", "278"])
        #expect(AnswerText.options("Is this message spam or not spam: WIN A PRIZE") == ["spam", "not spam"])
        #expect(AnswerText.options("Pick one: red, green, blue or yellow.") == ["red", "green", "blue", "yellow"])
        #expect(AnswerText.options("What is the capital of Peru?") == [])
    }

    @Test func oneOptionNamed() {
        #expect(features("Which is heavier, an elephant or a mouse?", "An elephant is heavier.")[.oneOption] == 1)
        #expect(features("Which is heavier, an elephant or a mouse?", "The elephant or the mouse.")[.oneOption] == 0)
        #expect(features("What is the capital of Peru?", "Lima")[.oneOption] == 0.5)
        // A whole word only: "spam" is not in "spammer".
        #expect(features("Is it spam or ham?", "spammer")[.oneOption] == 0)
    }

    @Test func numbersAndWords() {
        let f = features("What is 17 + 25? Reply with the number only.", "17 + 25 = 42")
        #expect(f[.freshNumber] == 1 && f[.numberAsked] == 1 && f[.freshNumbers] == 1)
        #expect(f[.answerWords] == 3 && f[.ownWords] == 1)
        let g = features("How many legs does a spider have?", "A spider has legs.")
        #expect(g[.numberAsked] == 0 && g[.freshNumber] == 0)
        #expect(features("Name a colour.", "red red red")[.repeats] == 1 - 1.0 / 3)
        #expect(features("Name a colour.", "1,000 reds")[.freshNumber] == 1)
    }

    @Test func formOfTheAnswer() {
        #expect(features("Is water wet? Answer yes or no.", "Yes, it is.")[.yesNoFirst] == 1)
        #expect(features("Is water wet? Answer yes or no.", "Water is wet.")[.yesNoFirst] == 0)
        #expect(features("Is Paris in Spain?", "It is not.")[.negation] == 1)
        #expect(features("Is it not raining?", "It is not.")[.negation] == 0)   // "not" is the prompt's own word
        let f = features("Say hi.", " \"Hi.\"\nBye! ")
        #expect(f[.quote] == 1 && f[.newline] == 1 && f[.sentenceEnd] == 1)
    }

    @Test func loggedWithTheOtherSignals() throws {
        var r = ChatResponse()
        r.text = "Lima"
        r.logprobs = [TokenLogprob(logprob: -0.1, runnerUp: -3, text: "Lima")]
        r.finishReason = "stop"
        let s = try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings(), prompt: "Capital of Peru? Lima or Cusco?"))
        #expect(s[.oneOption] == 1 && s[.answerWords] == 1)
        // Without the prompt the text signals are absent (NaN), not guessed.
        let t = try #require(ConfidenceSignals.of(r, jsonAsked: false, settings: ConfidenceSettings()))
        #expect(t[.oneOption] == nil)
    }
}
