package org.saferinternethub.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's own words and patterns, like Discourse's watched words: each with an action (block, require
 * approval, flag, censor), a box to test a text against the engine as it is now, and CSV import and export.
 * Every change is audited and takes effect at once.
 */
@Controller
@RequestMapping("/moderation/watched-words")
class WatchedWordsController {

    private static final int MAX_IMPORT_ROWS = 5000;

    private final WatchedWordRules rules;
    private final ScreeningEngine engine;
    private final AuditLog auditLog;
    private final Clock clock;

    WatchedWordsController(WatchedWordRules rules, ScreeningEngine engine, AuditLog auditLog, Clock clock) {
        this.rules = rules;
        this.engine = engine;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping({ "", "/" })
    String list(Model model) {
        model.addAttribute("rules", rules.findAllByOrderByLanguageAscTermAsc());
        model.addAttribute("actions", WatchedAction.values());
        model.addAttribute("languages", Language.values());
        if (!model.containsAttribute("sample")) {
            model.addAttribute("sample", "");
        }
        return "moderation/watched-words";
    }

    @PostMapping("/test")
    String test(@RequestParam(defaultValue = "") String sample, @RequestParam(defaultValue = "auto") String sampleLanguage,
            @RequestParam(defaultValue = "MEMBER") TrustLevel trust, Model model) {
        String text = sample.length() > 5000 ? sample.substring(0, 5000) : sample;
        model.addAttribute("sample", text);
        model.addAttribute("verdict", engine.current().screen(text, sampleLanguage, trust));
        return list(model);
    }

    @PostMapping
    @Transactional
    String add(@RequestParam(defaultValue = "") String term, @RequestParam(defaultValue = "*") String wordLanguage,
            @RequestParam(defaultValue = "false") boolean regex, @RequestParam WatchedAction action,
            @AuthenticationPrincipal SignedInUser moderator, Language language, RedirectAttributes redirect) {
        String problem = problemWith(term, wordLanguage, regex);
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return redirect(language);
        }
        String normalisedLanguage = wordLanguage.toLowerCase(Locale.ROOT);
        if (rules.findByLanguageAndTerm(normalisedLanguage, term.strip()).isPresent()) {
            redirect.addFlashAttribute("problem", "moderation.watched.duplicate");
            return redirect(language);
        }
        WatchedWordRule rule = rules.save(new WatchedWordRule(
                new WatchedWord(normalisedLanguage, term.strip(), regex, action), moderator.getName(), clock.instant()));
        auditLog.record(moderator.getName(), "moderation.watched-word.add", "watched-word#" + rule.getId(),
                Outcome.SUCCESS, action + " " + normalisedLanguage);
        engine.reload();
        redirect.addFlashAttribute("notice", "moderation.watched.added");
        return redirect(language);
    }

    @PostMapping("/{id}/delete")
    @Transactional
    String delete(@PathVariable long id, @AuthenticationPrincipal SignedInUser moderator, Language language,
            RedirectAttributes redirect) {
        rules.findById(id).ifPresent(rule -> {
            rules.delete(rule);
            auditLog.record(moderator.getName(), "moderation.watched-word.delete", "watched-word#" + id,
                    Outcome.SUCCESS, null);
        });
        engine.reload();
        redirect.addFlashAttribute("notice", "moderation.watched.deleted");
        return redirect(language);
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<String> export() {
        StringBuilder csv = new StringBuilder("language,term,regex,action\r\n");
        for (WatchedWordRule rule : rules.findAllByOrderByLanguageAscTermAsc()) {
            csv.append(rule.getLanguage()).append(',').append(quote(rule.getTerm())).append(',')
                .append(rule.isRegex()).append(',').append(rule.getAction()).append("\r\n");
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"watched-words.csv\"")
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(csv.toString());
    }

    /** Imports all rows or none: the first broken row is reported with its line number. */
    @PostMapping("/import")
    @Transactional
    String importCsv(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal SignedInUser moderator,
            Language language, RedirectAttributes redirect) throws IOException {
        List<WatchedWord> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.toLowerCase(Locale.ROOT).startsWith("language,")) {
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = parseCsvLine(line);
                String problem = fields.size() != 4 ? "moderation.watched.import.columns"
                        : problemWith(fields.get(1), fields.get(0), Boolean.parseBoolean(fields.get(2)));
                WatchedAction action = fields.size() == 4 ? actionOf(fields.get(3)) : null;
                if (problem == null && action == null) {
                    problem = "moderation.watched.import.action";
                }
                if (problem != null || number > MAX_IMPORT_ROWS) {
                    redirect.addFlashAttribute("problem", "moderation.watched.import.failed");
                    redirect.addFlashAttribute("importLine", number);
                    redirect.addFlashAttribute("importProblem", problem == null ? "moderation.watched.import.too-many" : problem);
                    return redirect(language);
                }
                words.add(new WatchedWord(fields.get(0).toLowerCase(Locale.ROOT), fields.get(1).strip(),
                        Boolean.parseBoolean(fields.get(2)), action));
            }
        }
        int added = 0;
        for (WatchedWord word : words) {
            if (rules.findByLanguageAndTerm(word.language(), word.term()).isEmpty()) {
                rules.save(new WatchedWordRule(word, moderator.getName(), clock.instant()));
                added++;
            }
        }
        auditLog.record(moderator.getName(), "moderation.watched-word.import", null, Outcome.SUCCESS, added + " added");
        engine.reload();
        redirect.addFlashAttribute("notice", "moderation.watched.imported");
        redirect.addFlashAttribute("importCount", added);
        return redirect(language);
    }

    private static String problemWith(String term, String language, boolean regex) {
        if (term == null || term.isBlank() || term.length() > 500) {
            return "moderation.watched.term.invalid";
        }
        if (!language.equals("*") && Language.fromCode(language).filter(l -> l.code().equals(language.toLowerCase(Locale.ROOT))).isEmpty()) {
            return "moderation.watched.language.invalid";
        }
        if (regex) {
            try {
                java.util.regex.Pattern.compile(term);
            }
            catch (PatternSyntaxException invalid) {
                return "moderation.watched.regex.invalid";
            }
        }
        return null;
    }

    private static WatchedAction actionOf(String text) {
        try {
            return WatchedAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"') {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String redirect(Language language) {
        return "redirect:/" + language.code() + "/moderation/watched-words";
    }

}
