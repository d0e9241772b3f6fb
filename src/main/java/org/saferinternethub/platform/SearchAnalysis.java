package org.saferinternethub.platform;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers every module's search uses: one per language, named after its code ({@code nl}, {@code fr},
 * {@code de}, {@code en}), plus {@code default} for names and codes, and the {@code sort} normaliser.
 * <p>
 * Each folds accents (a French query without accents finds the accented word) and stems with the language's
 * Snowball stemmer (a Dutch plural finds its singular). Configured by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("default").custom()
            .tokenizer("standard")
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding");
        context.analyzer("nl").custom()
            .tokenizer("standard")
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding")
            .tokenFilter("snowballPorter").param("language", "Dutch");
        context.analyzer("fr").custom()
            .tokenizer("standard")
            .tokenFilter("elision").param("ignoreCase", "true")
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding")
            .tokenFilter("snowballPorter").param("language", "French");
        context.analyzer("de").custom()
            .tokenizer("standard")
            .tokenFilter("lowercase")
            .tokenFilter("germanNormalization")
            .tokenFilter("asciiFolding")
            .tokenFilter("snowballPorter").param("language", "German2");
        context.analyzer("en").custom()
            .tokenizer("standard")
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding")
            .tokenFilter("englishPossessive")
            .tokenFilter("snowballPorter").param("language", "English");
        context.normalizer("sort").custom()
            .tokenFilter("lowercase")
            .tokenFilter("asciiFolding");
    }

}
