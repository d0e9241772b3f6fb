package org.saferinternethub.toolbox;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serial;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' CSV page: download the catalogue, upload a file, see what it would do, and confirm. The upload is
 * kept in the editor's session under a random token until they confirm or upload another file; confirming plans
 * it again before writing anything. Under {@code /toolbox/review}, so for editors only.
 */
@Controller
@RequestMapping("/toolbox/review/catalogue")
class CatalogueCsvController {

    static final String PAGE = "toolbox/admin/import";
    static final String PREVIEW = "toolbox/admin/import-preview";
    private static final String PENDING = "toolboxPendingImport";

    private final CatalogueImport imports;
    private final MessageSource messages;
    private final java.time.Clock clock;

    CatalogueCsvController(CatalogueImport imports, MessageSource messages, java.time.Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
    }

    /** An upload waiting for the editor's confirmation. */
    record PendingImport(String token, String fileName, byte[] bytes) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

    /** A problem as the page shows it: where, and the translated message. */
    record ProblemView(long row, @Nullable String column, String message) {
    }

    /** The counts of a finished import, for the page's notice. */
    record Imported(long created, long updated, long unchanged) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

    @GetMapping({ "", "/" })
    String page(Model model) {
        return page(model, null);
    }

    @GetMapping("/export")
    void export(@AuthenticationPrincipal SignedInUser editor, HttpServletResponse response) throws IOException {
        String name = "toolbox-catalogue-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.export(editor, writer);
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @AuthenticationPrincipal SignedInUser editor, Language language, HttpSession session, Model model)
            throws IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        CatalogueImport.Plan plan = imports.plan(bytes, editor);
        if (plan.fileProblem() != null) {
            return page(model, message(plan.fileProblem(), language));
        }
        String token = UUID.randomUUID().toString();
        String fileName = file == null || file.getOriginalFilename() == null ? "catalogue.csv"
                : file.getOriginalFilename().replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        session.setAttribute(PENDING, new PendingImport(token, fileName.length() > 100 ? fileName.substring(0, 100) : fileName,
                bytes));
        return "redirect:/" + language.code() + "/toolbox/review/catalogue/import/" + token;
    }

    @GetMapping("/import/{token}")
    String preview(@PathVariable String token, @AuthenticationPrincipal SignedInUser editor, Language language,
            HttpSession session, Model model, RedirectAttributes redirect) {
        PendingImport pending = pending(session, token);
        if (pending == null) {
            redirect.addFlashAttribute("problem", "toolbox.import.expired");
            return "redirect:/" + language.code() + "/toolbox/review/catalogue";
        }
        return preview(model, pending, imports.plan(pending.bytes(), editor), language);
    }

    @PostMapping("/import/{token}")
    String confirm(@PathVariable String token, @AuthenticationPrincipal SignedInUser editor, Language language,
            HttpSession session, Model model, RedirectAttributes redirect) {
        PendingImport pending = pending(session, token);
        if (pending == null) {
            redirect.addFlashAttribute("problem", "toolbox.import.expired");
            return "redirect:/" + language.code() + "/toolbox/review/catalogue";
        }
        CatalogueImport.Plan plan = imports.apply(pending.bytes(), editor);
        if (!plan.applied()) {
            model.addAttribute("problem", "toolbox.import.not-applied");
            return preview(model, pending, plan, language);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("imported", new Imported(plan.created(), plan.updated(), plan.unchanged()));
        return "redirect:/" + language.code() + "/toolbox/review/catalogue";
    }

    private static @Nullable PendingImport pending(HttpSession session, String token) {
        Object pending = session.getAttribute(PENDING);
        return pending instanceof PendingImport p && p.token().equals(token) ? p : null;
    }

    private String page(Model model, @Nullable String fileProblem) {
        model.addAttribute("fileProblem", fileProblem);
        model.addAttribute("columns", CatalogueCsv.Column.values());
        model.addAttribute("maxMegabytes", CatalogueImport.MAX_BYTES / 1024 / 1024);
        model.addAttribute("maxRows", CatalogueImport.MAX_ROWS);
        return PAGE;
    }

    private String preview(Model model, PendingImport pending, CatalogueImport.Plan plan, Language language) {
        model.addAttribute("token", pending.token());
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("plan", plan);
        model.addAttribute("fileProblem", plan.fileProblem() == null ? null : message(plan.fileProblem(), language));
        List<ProblemView> problems = plan.problems().stream()
            .map(problem -> new ProblemView(problem.row(), problem.column(), message(problem, language))).toList();
        model.addAttribute("problems", problems);
        return PREVIEW;
    }

    private String message(CatalogueImport.Problem problem, Language language) {
        return messages.getMessage(problem.key(), problem.args(), language.locale());
    }

}
