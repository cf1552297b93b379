package org.relance.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relance.config.Company;
import org.relance.config.LadderStep;
import org.relance.invoice.Iban;
import org.relance.ledger.Money;

/**
 * The values a reminder template can use, every amount and date already written for the language (templates are
 * logic-less). The names are the template's vocabulary, listed in {@code docs/reminders.md}.
 */
final class ReminderModel {

    private ReminderModel() {
    }

    static Map<String, Object> of(Company company, List<LadderStep> ladder, ReminderRequest request,
                                  String language, int deadlineDays) {
        ReminderFormat f = new ReminderFormat(language);
        boolean french = "fr".equals(language);
        List<OverdueItem> items = request.items();
        Map<String, Object> m = new LinkedHashMap<>();

        m.put("companyName", ReminderFormat.oneLine(company.name()));
        m.put("companyEmail", ReminderFormat.oneLine(company.email()));
        m.put("companyAddressLines", lines(company.address()));
        m.put("hasCompanyAddress", company.address() != null && !company.address().isBlank());
        m.put("siren", company.siren() == null ? "" : company.siren());
        m.put("hasSiren", company.siren() != null);
        m.put("iban", company.iban() == null ? "" : Iban.grouped(company.iban()));
        m.put("bic", company.bic() == null ? "" : company.bic());
        m.put("hasIban", company.iban() != null);
        m.put("hasBic", company.bic() != null);

        m.put("customerName", ReminderFormat.oneLine(request.customer().name()));
        m.put("customerEmail", ReminderFormat.oneLine(request.customer().email()));
        m.put("hasCustomerEmail", request.customer().email() != null);
        m.put("customerAddressLines", lines(request.customerAddress()));
        m.put("hasCustomerAddress", request.customerAddress() != null && !request.customerAddress().isBlank());
        m.put("place", place(company.address()));
        m.put("hasPlace", !place(company.address()).isEmpty());

        LocalDate today = request.today();
        m.put("today", f.date(today));
        m.put("deadline", f.date(today.plusDays(deadlineDays)));
        m.put("deadlineDays", deadlineDays);

        m.put("single", items.size() == 1);
        m.put("several", items.size() > 1);
        m.put("invoiceCount", items.size());
        List<String> numbers = items.stream().map(i -> ReminderFormat.oneLine(i.invoiceNumber())).toList();
        m.put("invoiceNumbers", join(numbers, french ? " et " : " and "));

        Money zero = Money.zero(items.get(0).amountDue().currency());
        Money due = zero;
        Money interest = zero;
        Money indemnity = zero;
        Money claimed = zero;
        boolean anyInterest = false;
        boolean anyIndemnity = false;
        int maxDaysOverdue = 0;
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OverdueItem item : items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("number", ReminderFormat.oneLine(item.invoiceNumber()));
            line.put("hasIssueDate", item.issueDate() != null);
            line.put("issueDate", item.issueDate() == null ? "" : f.date(item.issueDate()));
            line.put("dueDate", f.date(item.dueDate()));
            line.put("amountDue", f.money(item.amountDue()));
            line.put("daysOverdue", item.daysOverdue());
            line.put("hasLateInterest", item.lateInterest() != null);
            line.put("lateInterest", item.lateInterest() == null ? "" : f.money(item.lateInterest()));
            line.put("hasIndemnity", item.recoveryIndemnity() != null);
            line.put("indemnity", item.recoveryIndemnity() == null ? "" : f.money(item.recoveryIndemnity()));
            line.put("claimed", f.money(item.claimed()));
            lines.add(line);
            due = due.plus(item.amountDue());
            claimed = claimed.plus(item.claimed());
            if (item.lateInterest() != null) {
                interest = interest.plus(item.lateInterest());
                anyInterest = true;
            }
            if (item.recoveryIndemnity() != null) {
                indemnity = indemnity.plus(item.recoveryIndemnity());
                anyIndemnity = true;
            }
            maxDaysOverdue = Math.max(maxDaysOverdue, item.daysOverdue());
        }
        m.put("invoices", lines);
        m.put("totalDue", f.money(due));
        m.put("totalInterest", f.money(interest));
        m.put("totalIndemnity", f.money(indemnity));
        m.put("totalClaimed", f.money(claimed));
        m.put("maxDaysOverdue", maxDaysOverdue);
        // The charges are stated only where the planner computed them: B2B customers.
        m.put("b2b", anyIndemnity || anyInterest);
        m.put("hasInterest", anyInterest);
        m.put("hasIndemnity", anyIndemnity);
        m.put("indemnityPerInvoice", items.stream().filter(i -> i.recoveryIndemnity() != null).findFirst()
                .map(i -> f.money(i.recoveryIndemnity())).orElse(""));

        history(m, f, ladder, request, language, items.size() > 1);
        return m;
    }

    /** Earlier reminders, one entry per day and step, oldest first; the invoice numbers are named when several. */
    private static void history(Map<String, Object> m, ReminderFormat f, List<LadderStep> ladder,
                                ReminderRequest request, String language, boolean several) {
        Set<String> covered = new LinkedHashSet<>();
        request.items().forEach(i -> covered.add(i.invoiceNumber()));
        Map<String, Set<String>> invoicesByEntry = new LinkedHashMap<>();
        Map<String, PastReminder> firstOfEntry = new LinkedHashMap<>();
        request.history().stream()
                .filter(r -> covered.contains(r.invoiceNumber()))
                .sorted(Comparator.comparing(PastReminder::sentOn).thenComparing(r -> stepIndex(ladder, r.step())))
                .forEach(r -> {
                    String key = r.sentOn() + "|" + r.step();
                    firstOfEntry.putIfAbsent(key, r);
                    invoicesByEntry.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.invoiceNumber());
                });
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map.Entry<String, PastReminder> e : firstOfEntry.entrySet()) {
            PastReminder r = e.getValue();
            Set<String> invoices = invoicesByEntry.get(e.getKey());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", f.date(r.sentOn()));
            entry.put("label", label(ladder, r.step(), language));
            entry.put("showInvoices", several);
            entry.put("invoices", join(invoices.stream().map(ReminderFormat::oneLine).toList(),
                    "fr".equals(language) ? " et " : " and "));
            entries.add(entry);
        }
        m.put("history", entries);
        m.put("hasHistory", !entries.isEmpty());
        m.put("lastReminderDate", entries.isEmpty() ? "" : entries.get(entries.size() - 1).get("date"));
        m.put("firstReminderDate", entries.isEmpty() ? "" : entries.get(0).get("date"));
    }

    private static int stepIndex(List<LadderStep> ladder, String step) {
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).id().equals(step)) {
                return i;
            }
        }
        return ladder.size();
    }

    /** How the recap names a step: by its template when it is a built-in one, else by its channel. */
    static String label(List<LadderStep> ladder, String stepId, String language) {
        boolean fr = "fr".equals(language);
        LadderStep step = ladder.stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
        if (step == null) {
            return ReminderFormat.oneLine(stepId);
        }
        if (step.channel() == LadderStep.Channel.TASK) {
            return fr ? "appel téléphonique" : "phone call";
        }
        String template = step.template() == null ? "" : step.template();
        return switch (template) {
            case "reminder-friendly" -> fr ? "premier rappel par e-mail" : "first reminder by email";
            case "reminder-firm" -> fr ? "relance par e-mail" : "follow-up reminder by email";
            case "formal-notice" -> fr ? "mise en demeure" : "formal notice";
            default -> step.channel() == LadderStep.Channel.LETTER
                    ? (fr ? "courrier" : "letter")
                    : (fr ? "relance par e-mail" : "reminder by email");
        };
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().lines().map(ReminderFormat::oneLine).filter(l -> !l.isEmpty()).toList();
    }

    /** The town of the company's address, for "Fait à Paris, le …": its last line without the postcode. */
    static String place(String address) {
        List<String> lines = lines(address);
        if (lines.isEmpty()) {
            return "";
        }
        String last = lines.get(lines.size() - 1);
        // "1 rue de la Paix, 75002 Paris" on one line: the town is after the last comma.
        last = last.substring(last.lastIndexOf(',') + 1).strip();
        String town = last.replaceFirst("^(?:[A-Z]{1,2}-)?\\d{4,5}\\s+", "").replaceFirst("\\s+CEDEX.*$", "").strip();
        return town.equals(last) && last.matches(".*\\d.*") ? "" : town;
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> parts, String lastSeparator) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + lastSeparator + parts.get(parts.size() - 1);
    }
}
