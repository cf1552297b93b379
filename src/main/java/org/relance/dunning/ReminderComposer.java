package org.relance.dunning;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.relance.config.Company;
import org.relance.config.Dunning;
import org.relance.config.LadderStep;
import org.relance.dunning.Composition.Attachment;
import org.relance.dunning.Composition.ComposedReminder;
import org.relance.dunning.Composition.ComposedTask;
import org.relance.dunning.Composition.Refused;
import org.relance.dunning.ReminderTemplates.Found;
import org.relance.dunning.ReminderTemplates.Lookup;
import org.relance.dunning.ReminderTemplates.Rendered;
import org.relance.invoice.Customer;

/**
 * Writes the reminder of one ladder step for one customer's overdue invoices: subject, text and HTML from the
 * step's template in the customer's language, the formal-notice PDF for the {@code letter} channel, a to-do for the
 * team for the {@code task} channel. Pure apart from reading template files; thread-safe.
 */
public final class ReminderComposer {

    /** The to-do of a {@code task} step (a phone call), written for the team. */
    static final String TASK_TEMPLATE = "task";
    /** The letter of a {@code letter} step is {@code <template>-letter}; {@code <template>} is its cover email. */
    static final String LETTER_SUFFIX = "-letter";
    static final String PDF = "application/pdf";
    /** The email that brings the formal notice to the company, to print. */
    static final String COMPANY_TEMPLATE = "formal-notice-company";

    private final Company company;
    private final Dunning dunning;
    private final ReminderTemplates templates;
    private final NoticeLetterPdf letters = new NoticeLetterPdf();

    public ReminderComposer(Company company, Dunning dunning) {
        this.company = Objects.requireNonNull(company, "company");
        this.dunning = Objects.requireNonNull(dunning, "dunning");
        this.templates = new ReminderTemplates(dunning.templatesDir());
    }

    /** The reminder for this request: an email to the customer, a task for the team, or why neither can be made. */
    public Composition compose(ReminderRequest request) {
        Refused invalid = check(request);
        if (invalid != null) {
            return invalid;
        }
        LadderStep step = request.step();
        if (step.channel() == LadderStep.Channel.TASK) {
            return task(request);
        }
        String to = address(request.customer().email());
        if (to == null) {
            return new Refused("customer " + ReminderFormat.oneLine(request.customer().name())
                    + " has no valid email address: " + (request.customer().email() == null ? "none" : "\""
                    + ReminderFormat.oneLine(request.customer().email()) + "\""));
        }
        if (step.template() == null) {
            return new Refused("ladder step " + step.id() + " has no template");
        }
        String language = language(request.customer().language());
        return email(request, language, step.template(), to, request.customer().name(), language);
    }

    /**
     * For a {@code letter} step: an email to the company ({@code company.email}) in its language with the formal
     * notice attached, in the customer's language, to print and send by registered post; works when the customer
     * has no email address.
     */
    public Composition noticeForCompany(ReminderRequest request) {
        Refused invalid = check(request);
        if (invalid != null) {
            return invalid;
        }
        if (request.step().channel() != LadderStep.Channel.LETTER) {
            return new Refused("ladder step " + request.step().id() + " is not a letter");
        }
        String to = address(company.email());
        if (to == null) {
            return new Refused("company.email is not a valid address");
        }
        String teamLanguage = language(company.locale() == null ? null : company.locale().getLanguage());
        return email(request, teamLanguage, COMPANY_TEMPLATE, to, company.name(),
                language(request.customer().language()));
    }

    private Composition email(ReminderRequest request, String language, String template, String to, String toName,
                              String letterLanguage) {
        LadderStep step = request.step();
        boolean letter = step.channel() == LadderStep.Channel.LETTER;
        int deadline = letter ? dunning.noticeDeadlineDays() : dunning.paymentDeadlineDays();
        Map<String, Object> model = ReminderModel.of(company, dunning.ladder(), request, language, deadline);
        Lookup lookup = templates.find(language, template);
        if (!(lookup instanceof Found found)) {
            return refusal(lookup);
        }
        Rendered mail = found.render(model);
        if (mail.problem() != null) {
            return new Refused("template " + mail.problem());
        }
        String subject = ReminderFormat.oneLine(mail.subject());
        if (subject.isEmpty()) {
            return new Refused("template " + found.origin() + " gives an empty subject (first line \"Subject: …\")");
        }
        List<Attachment> attachments = List.of();
        if (letter) {
            Map<String, Object> letterModel = letterLanguage.equals(language) ? model
                    : ReminderModel.of(company, dunning.ladder(), request, letterLanguage, deadline);
            String letterTemplate = (step.template() == null ? "formal-notice" : step.template()) + LETTER_SUFFIX;
            Lookup body = templates.find(letterLanguage, letterTemplate);
            if (!(body instanceof Found letterFound)) {
                return refusal(body);
            }
            Rendered rendered = letterFound.render(letterModel);
            if (rendered.problem() != null) {
                return new Refused("template " + rendered.problem());
            }
            // Blank lines are kept as written: the space left for the signature is the letter's own.
            byte[] pdf = letters.render(letterModel, letterLanguage, rendered.text().replaceAll("[ \\t]+\n", "\n"));
            attachments = List.of(new Attachment(pdfName(request, letterLanguage), PDF, pdf));
        }
        String text = tidy(mail.text());
        String html = mail.html() != null ? mail.html() : ReminderTemplates.htmlFromText(text);
        List<String> numbers = request.items().stream().map(OverdueItem::invoiceNumber).toList();
        return new ComposedReminder(step.id(), step.channel().id(), Locale.forLanguageTag(language), to,
                ReminderFormat.oneLine(toName), subject, text, html, attachments, numbers);
    }

    private static String pdfName(ReminderRequest request, String language) {
        String prefix = "fr".equals(language) ? "mise-en-demeure-" : "formal-notice-";
        return prefix + request.items().get(0).invoiceNumber().replaceAll("[^A-Za-z0-9._-]+", "_")
                + (request.items().size() <= 1 ? "" : "fr".equals(language) ? "-et-autres" : "-and-others") + ".pdf";
    }

    private Composition task(ReminderRequest request) {
        List<String> numbers = request.items().stream().map(OverdueItem::invoiceNumber).toList();
        // The to-do is for the team: the company's language, whatever the customer's.
        String language = language(company.locale() == null ? null : company.locale().getLanguage());
        Map<String, Object> model = ReminderModel.of(company, dunning.ladder(), request, language,
                dunning.paymentDeadlineDays());
        String template = request.step().template() == null ? TASK_TEMPLATE : request.step().template();
        Lookup lookup = templates.find(language, template);
        if (!(lookup instanceof Found found)) {
            return refusal(lookup);
        }
        Rendered rendered = found.render(model);
        if (rendered.problem() != null) {
            return new Refused("template " + rendered.problem());
        }
        return new ComposedTask(request.step().id(), Locale.forLanguageTag(language),
                ReminderFormat.oneLine(request.customer().name()), ReminderFormat.oneLine(rendered.subject()),
                tidy(rendered.text()), numbers);
    }

    private static Refused check(ReminderRequest request) {
        if (request.items().isEmpty()) {
            return new Refused("no overdue invoice to remind");
        }
        long currencies = request.items().stream().map(i -> i.amountDue().currency()).distinct().count();
        if (currencies > 1) {
            return new Refused("invoices in several currencies cannot share one total: remind them separately");
        }
        return null;
    }

    /** fr or en: the customer's language when it is one of them, else the company's, else French. */
    String language(String customerLanguage) {
        String own = primary(customerLanguage);
        if (own != null) {
            return own;
        }
        String companyLanguage = primary(company.locale() == null ? null : company.locale().getLanguage());
        return companyLanguage != null ? companyLanguage : "fr";
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return language.equals("fr") || language.equals("en") ? language : null;
    }

    /**
     * Why a step on this channel cannot reach the customer, or null when it can: email and letter steps (the formal
     * notice goes as an attachment of an email to the customer) need a valid address; a task does not.
     */
    static String missingAddress(Customer customer, String channel) {
        if (!LadderStep.Channel.EMAIL.id().equals(channel) && !LadderStep.Channel.LETTER.id().equals(channel)) {
            return null;
        }
        if (address(customer.email()) != null) {
            return null;
        }
        String name = ReminderFormat.oneLine(customer.name());
        return customer.email() == null || customer.email().isBlank()
                ? "no email address for customer " + name
                : "no valid email address for customer " + name + " (\"" + ReminderFormat.oneLine(customer.email()) + "\")";
    }

    /** One plain address, or null: a value with several addresses or line breaks must never reach a header. */
    static String address(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.chars().anyMatch(c -> Character.isISOControl(c) || c == ',' || c == ';' || c == '<' || c == '>')) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(e, true);
            parsed.validate();
            return parsed.getAddress();
        } catch (AddressException ex) {
            return null;
        }
    }

    private static Refused refusal(Lookup lookup) {
        if (lookup instanceof ReminderTemplates.Missing missing) {
            return new Refused(missing.what());
        }
        return new Refused("template " + ((ReminderTemplates.Broken) lookup).reason());
    }

    /** Section tags leave blank lines where they stood; at most one blank line in a row, none at the ends. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
