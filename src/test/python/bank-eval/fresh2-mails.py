# A third hand-worded set, written after the fresh set's fixes and measured once before any change made for it.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh2 fresh2-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("k01-fr-push-middots", "Mon, 14 Dec 2026 09:00:00 +0100", "Qonto <notifications@qonto.com>",
     "+2 500,00 € · KERIGAN SAS",
     [(P, """Reçu +2 500,00 € · KERIGAN SAS · Facture 2026-12
""", U, QP)],
     [c("2500.00", "EUR", "KERIGAN SAS", "Facture 2026-12", "2026-12-14")], "fr-push-middot")

mail("k02-en-incoming-short", "Mon, 14 Dec 2026 10:30:00 +0000", "Starling Bank <notifications@starlingbank.com>",
     "Incoming: £320.00 from DAWSON ELECTRICAL",
     [(P, """Incoming: £320.00 from DAWSON ELECTRICAL
Ref: JOB 5521
""", U, E8)],
     [c("320.00", "GBP", "DAWSON ELECTRICAL", "JOB 5521", "2026-12-14")], "en-incoming-short")

mail("k03-en-statement-cr-dr", "Tue, 15 Dec 2026 06:00:00 +0000", "HSBC UK <alerts@notification.hsbc.co.uk>",
     "Business account: latest entries",
     [(P, """Latest entries on your business account (GBP)

14/12/2026  BACS  ASHFORD SURVEYORS LTD  ASH-INV-0081      1,250.00 CR
14/12/2026  DD    BRITISH GAS                                 312.40 DR
15/12/2026  FPI   LENA MARKOVA  WEBSITE DEPOSIT             400.00 CR
""", U, E8)],
     [c("1250.00", "GBP", "ASHFORD SURVEYORS LTD", "ASH-INV-0081", "2026-12-14"),
      c("400.00", "GBP", "LENA MARKOVA", "WEBSITE DEPOSIT", "2026-12-15")], "en-cr-dr")

mail("k04-de-soll-haben-suffix", "Tue, 15 Dec 2026 07:00:00 +0100", "Volksbank <info@volksbank.de>",
     "Umsatzübersicht",
     [(P, """Umsätze vom 14.12.2026

14.12.2026  Gutschrift  Kanzlei Brandt & Roth  RG 2026-118       1.200,00 H
14.12.2026  Lastschrift Stadtwerke München                          86,50 S
""", L, QP)],
     [c("1200.00", "EUR", "Kanzlei Brandt & Roth", "RG 2026-118", "2026-12-14")], "de-soll-haben")

mail("k05-fr-un-credit-a-ete-effectue", "Wed, 16 Dec 2026 08:00:00 +0100", "Crédit Agricole <ne-pas-repondre@credit-agricole.fr>",
     "Mouvement sur votre compte",
     [(P, """Un crédit de 320,00 € a été effectué sur votre compte le 16/12/2026.
Provenance : SARL LE FOURNIL D'ANNA
Motif : FACTURE 0412
""", U, QP)],
     [c("320.00", "EUR", "SARL LE FOURNIL D'ANNA", "FACTURE 0412", "2026-12-16")], "fr-credit-effectue")

mail("k06-en-got-paid-emoji", "Wed, 16 Dec 2026 19:00:00 +0000", "Monzo <help@monzo.com>",
     "You got paid! 💸",
     [(P, """Acme Studio paid you £600.00
Reference: DEC RETAINER
""", U, E8)],
     [c("600.00", "GBP", "Acme Studio", "DEC RETAINER", "2026-12-16")], "en-got-paid")

mail("k07-fr-html-nom-donneur-ordre", "Thu, 17 Dec 2026 07:00:00 +0100", "BNP Paribas <mesalertes@bnpparibas.com>",
     "Alerte mouvement",
     [(H, """<table>
<tr><td>Opération</td><td>VIREMENT SEPA RECU</td></tr>
<tr><td>Nom du donneur d&#39;ordre</td><td>ASSOCIATION LES AMIS DU PARC</td></tr>
<tr><td>Référence de l&#39;émetteur</td><td>SUBVENTION 2026</td></tr>
<tr><td>Montant</td><td>5.000,00 EUR</td></tr>
<tr><td>Date d&#39;opération</td><td>17/12/2026</td></tr></table>""", U, B64)],
     [c("5000.00", "EUR", "ASSOCIATION LES AMIS DU PARC", "SUBVENTION 2026", "2026-12-17")], "fr-html-donneur")

mail("k08-en-subject-payment-from", "Thu, 17 Dec 2026 12:00:00 +0000", "Barclays <alerts@barclays.co.uk>",
     "Payment from ROSE & CROWN LTD: £95.00",
     [(P, """We've received a payment into your account ending 2231.
""", U, E8)],
     [c("95.00", "GBP", "ROSE & CROWN LTD", None, "2026-12-17")], "en-subject-payer")

mail("k09-de-ueber-eingegangen-zahlungspflichtiger", "Fri, 18 Dec 2026 08:00:00 +0100", "Deutsche Bank <info@db.com>",
     "Gutschrift eingegangen",
     [(P, """Guten Tag,

eine Gutschrift über 1.450,00 EUR ist auf Ihrem Geschäftskonto eingegangen.
Auftraggeber/Zahlungspflichtiger: Elektro Hahn e.K.
Verwendungszweck: Abschlag Projekt 77
Wertstellung: 18.12.2026
""", U, QP)],
     [c("1450.00", "EUR", "Elektro Hahn e.K.", "Abschlag Projekt 77", "2026-12-18")], "de-slash-label")

mail("k10-en-iso-date-deposit", "Fri, 18 Dec 2026 14:00:00 +0000", "Square <noreply@squareup.com>",
     "Deposit received",
     [(P, """Your deposit of $1,904.55 was deposited to your bank account on 2026-12-18.
Deposit ID: DEP-7H2KQ
""", U, E8)],
     [c("1904.55", "USD", None, None, "2026-12-18")], "en-deposit")

mail("k11-fr-date-abregee", "Sat, 19 Dec 2026 09:00:00 +0100", "Shine <bonjour@shine.fr>",
     "Virement entrant",
     [(P, """Virement entrant de 88,00 € le 19 déc. 2026
De : Margaux Petit
Libellé : Séance photo
""", U, QP)],
     [c("88.00", "EUR", "Margaux Petit", "Séance photo", "2026-12-19")], "fr-short-date")

mail("k12-de-html-table-header-row", "Sat, 19 Dec 2026 10:00:00 +0100", "Sparkasse <info@sparkasse.de>",
     "Neue Gutschrift",
     [(H, """<table><tr><th>Buchungstag</th><th>Auftraggeber</th><th>Verwendungszweck</th><th>Betrag (EUR)</th></tr>
<tr><td>19.12.26</td><td>Gärtnerei Blum</td><td>Rechnung 2026/330</td><td>760,00</td></tr></table>""", L, QP)],
     [c("760.00", "EUR", "Gärtnerei Blum", "Rechnung 2026/330", "2026-12-19")], "de-two-digit-year")

# ---------------------------------------------------------------- distractors
mail("m01-fr-carte-refusee", "Mon, 14 Dec 2026 12:00:00 +0100", "Shine <bonjour@shine.fr>",
     "Paiement refusé",
     [(P, """Votre paiement de 129,00 € chez DECATHLON a été refusé : plafond atteint.
""", U, QP)], [], "distractor-card-refused")

mail("m02-en-dd-will-be-taken", "Tue, 15 Dec 2026 08:00:00 +0000", "Lloyds Bank <alerts@lloydsbank.co.uk>",
     "Direct Debit reminder",
     [(P, """Your Direct Debit of £45.00 to SKY UK will be taken on 1 January 2027.
""", U, E8)], [], "distractor-dd-future")

mail("m03-en-overdraft-fee", "Tue, 15 Dec 2026 09:00:00 +0000", "NatWest <alerts@natwest.com>",
     "Fee charged",
     [(P, """An arranged overdraft fee of £5.00 has been charged to your account ending 5521.
""", U, E8)], [], "distractor-fee")

mail("m04-fr-prelevement-rejete", "Wed, 16 Dec 2026 10:00:00 +0100", "LCL <alertes@lcl.fr>",
     "Prélèvement rejeté",
     [(P, """Le prélèvement de 230,00 € de la société FREE a été rejeté pour provision insuffisante.
""", U, QP)], [], "distractor-debit-rejected")

mail("m05-de-ueberweisung-beauftragt", "Wed, 16 Dec 2026 11:00:00 +0100", "N26 <no-reply@n26.com>",
     "Überweisung beauftragt",
     [(P, """Du hast eine Überweisung über 500,00 EUR an Paul Wagner beauftragt. Sie wird am nächsten Bankarbeitstag ausgeführt.
""", U, QP)], [], "distractor-transfer-ordered")

mail("m06-fr-carte-debitee", "Thu, 17 Dec 2026 13:00:00 +0100", "Boursorama Banque <noreply@boursorama.fr>",
     "Opération carte",
     [(P, """Votre carte a été débitée de 18,90 € le 17/12/2026 (NETFLIX.COM).
""", U, QP)], [], "distractor-card-debited")

mail("m07-fr-virement-attente-validation", "Thu, 17 Dec 2026 15:00:00 +0100", "Qonto <notifications@qonto.com>",
     "Virement à valider",
     [(P, """Le virement de 3 200,00 € vers MENUISERIE DUVAL attend votre validation.
""", U, QP)], [], "distractor-to-approve")

mail("m08-de-dauerauftrag", "Fri, 18 Dec 2026 09:00:00 +0100", "Commerzbank <noreply@commerzbank.de>",
     "Dauerauftrag eingerichtet",
     [(P, """Ihr Dauerauftrag über 750,00 EUR monatlich an Hausverwaltung Kern wurde eingerichtet. Erste Ausführung: 01.01.2027.
""", U, QP)], [], "distractor-standing-order")
