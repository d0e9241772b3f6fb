package org.saferinternethub.moderation;

import java.util.List;

/**
 * The lexicon and cue detectors on one keyword scan of the word view: their four lexicons (harm, context, cues,
 * cue context) share one automaton, so the text is read once for the literals of all of them (see {@link Keywords}).
 */
final class PhraseDetectors implements Detector {
    private final Keywords keywords;
    private final LexiconDetector lexicon;
    private final CueDetector cues;

    private PhraseDetectors(Keywords keywords, LexiconDetector lexicon, CueDetector cues) {
        this.keywords = keywords;
        this.lexicon = lexicon;
        this.cues = cues;
    }

    static PhraseDetectors fromClasspath(ClassLoader loader) {
        List<LexiconPattern> harm = Lexicon.harmPatterns(loader);
        List<LexiconPattern> context = Lexicon.contextPatterns(loader);
        CueDetector.Rules cueRules = CueDetector.rulesFromClasspath(loader);
        Keywords keywords = Keywords.of(harm, context, cueRules.cues(), cueRules.context());
        return new PhraseDetectors(keywords,
                new LexiconDetector(new Lexicon(harm, keywords), new Lexicon(context, keywords),
                        Lexicon.properNounsFromClasspath(loader)),
                new CueDetector(new Lexicon(cueRules.cues(), keywords), new Lexicon(cueRules.context(), keywords)));
    }

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        Keywords.Scan scan = keywords.scan(input.words().text());
        lexicon.detect(input, scan, found);
        cues.detect(input, scan, found);
    }
}
