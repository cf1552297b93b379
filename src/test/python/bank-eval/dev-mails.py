# Hand-written development mails, one or two per category of reader failure fixed after the blind set's first
# measurement (the blind set itself is never tuned on). Written into dev/ by:
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/dev dev-mails.py --append
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

# --- an operation typed as a credit
mail("dev-h01-fr-avis-de-credit", "Tue, 8 Dec 2026 08:10:00 +0100", "Banque Exemple <avis@banque-exemple.test>",
     "Avis de crédit",
     [(P, """AVIS DE CREDIT

Nous avons le plaisir de vous informer de l'opération suivante.
Date valeur : 07/12/2026
Donneur d'ordre : TRANSPORTS GIRAUD SA
Montant : 3 118,40 EUR
Votre référence : FA-2026-1207
""", L, QP)],
     [c("3118.40", "EUR", "TRANSPORTS GIRAUD SA", "FA-2026-1207", "2026-12-07")], "h-fr-credit-typed")

mail("dev-h02-en-credit-advice-html", "Wed, 9 Dec 2026 10:00:00 +0000", "Treasury <treasury@bank-example.test>",
     "Credit advice",
     [(H, """<html><body><h3>Credit advice</h3><table>
<tr><td>Value date</td><td>9 December 2026</td></tr>
<tr><td>Ordering customer</td><td>Kestrel Engineering plc</td></tr>
<tr><td>Amount</td><td>GBP 9,450.00</td></tr>
<tr><td>Payment details</td><td>INV-88120</td></tr></table></body></html>""", U, B64)],
     [c("9450.00", "GBP", "Kestrel Engineering plc", "INV-88120", "2026-12-09")], "h-en-credit-typed")

# --- payouts and collections that reached the user
mail("dev-h03-en-we-have-sent-payout", "Thu, 10 Dec 2026 07:00:00 +0000", "Payments <payouts@shopkit.test>",
     "Payout sent",
     [(P, """Hello,

We've sent €2,904.17 to your bank account ending 9911.

Payout reference: SK-PO-55120
Date: 10/12/2026
""", U, E8)],
     [c("2904.17", "EUR", None, "SK-PO-55120", "2026-12-10")], "h-en-payout")

mail("dev-h04-de-wir-haben-ausgezahlt", "Thu, 10 Dec 2026 09:00:00 +0100", "Kasse <info@kassen-app.test>",
     "Ihre Auszahlung",
     [(P, """Hallo,

wir haben 640,20 EUR auf Ihr Bankkonto ausgezahlt.

Auszahlungsreferenz: KA-2026-7781
Datum: 10.12.2026
""", U, QP)],
     [c("640.20", "EUR", "Kasse", "KA-2026-7781", "2026-12-10")], "h-de-payout")

# --- never a credit: pending, failed, returned, requested, refund issued
mail("dev-h05-en-incoming-pending", "Fri, 11 Dec 2026 12:00:00 +0000", "Neo <hello@neo-business.test>",
     "Incoming transfer pending",
     [(P, """An incoming transfer of £1,200.00 from Oakwood Ltd is pending and will be available once our checks are done.
""", U, E8)], [], "h-distractor-pending")

mail("dev-h06-de-gutschrift-abgelehnt", "Fri, 11 Dec 2026 13:00:00 +0100", "Bank <service@bank-beispiel.test>",
     "Eingehende Überweisung abgelehnt",
     [(P, """Guten Tag,

die Überweisung über 830,00 EUR von Fischer Bau GmbH wurde abgelehnt und an den Auftraggeber zurückgeschickt.
""", L, QP)], [], "h-distractor-rejected")

mail("dev-h07-fr-remboursement-emis", "Sat, 12 Dec 2026 09:30:00 +0100", "Caisse <noreply@caisse-en-ligne.test>",
     "Remboursement effectué",
     [(P, """Vous avez remboursé 39,90 € à Léa Moreau.
Le remboursement apparaîtra sur son compte sous 5 jours.
""", U, QP)], [], "h-distractor-refund-issued")

mail("dev-h08-en-payment-request", "Sat, 12 Dec 2026 18:00:00 +0000", "PayFriends <no-reply@payfriends.test>",
     "Payment request from Olivia Hart",
     [(P, """Olivia Hart has sent you a payment request for £35.00.
Note: "Concert tickets"
""", U, E8)], [], "h-distractor-request")

# --- receiving verbs and the payer before the verb or after "by"
mail("dev-h09-fr-venez-de-recevoir", "Mon, 14 Dec 2026 11:00:00 +0100", "Néobanque <bonjour@neobanque.test>",
     "Nouveau virement",
     [(H, """<p>Bonne nouvelle, vous venez de recevoir <b>1&#8239;450,00&nbsp;€</b> de la part de <b>Studio Ocre</b>.</p>
<p>Motif : Acompte projet 2026-41</p>""", U, QP)],
     [c("1450.00", "EUR", "Studio Ocre", "Acompte projet 2026-41", "2026-12-14")], "h-fr-venez-de-recevoir")

mail("dev-h10-en-credited-by", "Mon, 14 Dec 2026 15:00:00 +0000", "Bank <alerts@highstreet-bank.test>",
     "Money in",
     [(P, """£275.50 was credited to your account ending 3020 by WHITFIELD GARDENS LTD on 14/12/2026.
Reference: WG-0091
""", U, E8)],
     [c("275.50", "GBP", "WHITFIELD GARDENS LTD", "WG-0091", "2026-12-14")], "h-en-credited-by")

mail("dev-h11-fr-emis-par-initiales", "Tue, 15 Dec 2026 08:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Opération sur votre compte",
     [(P, """Le virement émis par M. J. ROUSSEAU vient d'être crédité sur votre compte le 15/12/2026.
Montant : 180,00 €
Référence : FACT 2026-301
""", U, QP)],
     [c("180.00", "EUR", "M. J. ROUSSEAU", "2026-301", "2026-12-15")], "h-fr-payer-before-verb")

# --- reference labels by their words, quoted notes
mail("dev-h12-de-mitteilung-des-zahlers", "Wed, 16 Dec 2026 10:00:00 +0100", "Geldapp <noreply@geldapp.test>",
     "Du hast Geld erhalten",
     [(P, """Hallo,

Lukas Brandt hat dir 64,00 EUR gesendet.

Mitteilung des Zahlers:
"Miete Lager Dezember"
""", U, QP)],
     [c("64.00", "EUR", "Lukas Brandt", "Miete Lager Dezember", "2026-12-16")], "h-de-note-label")

mail("dev-h13-en-quoted-note-alone", "Wed, 16 Dec 2026 17:00:00 +0000", "Pocket <help@pocketbank.test>",
     "Harriet Cole paid you £42.00",
     [(P, """Harriet Cole paid you £42.00

“Workshop seat 12 Dec”
""", U, E8)],
     [c("42.00", "GBP", "Harriet Cole", "Workshop seat 12 Dec", "2026-12-16")], "h-en-quoted-note")

# --- fields inside SEPA labels: colons and the compact /EREF form
mail("dev-h14-fr-libelle-colons", "Thu, 17 Dec 2026 07:30:00 +0100", "Banque <alertes@banque-exemple.test>",
     "Mouvement sur votre compte",
     [(P, """Opération créditrice du 17/12/2026
Libellé : VIR SEPA RECU 99812 DE: LIBRAIRIE DES QUAIS MOTIF: FACTURE 2026-0610 ID: 8XK22
Montant : 412,00 EUR
""", U, QP)],
     [c("412.00", "EUR", "LIBRAIRIE DES QUAIS", "FACTURE 2026-0610", "2026-12-17")], "h-fr-colon-fields")

mail("dev-h15-fr-eref-compact", "Thu, 17 Dec 2026 09:00:00 +0100", "Banque <alertes@banque-exemple.test>",
     "Virement reçu",
     [(P, """Virement reçu le 17/12/2026
Montant : 2 000,00 EUR
Libellé : VIR SEPA SARL VERTIGE /EREF/NOTPROVIDED/RFB/F-2026-0777
""", U, QP)],
     [c("2000.00", "EUR", "SARL VERTIGE", "F-2026-0777", "2026-12-17")], "h-fr-eref")

# --- summaries: yearless dates, a reference column after the amount, a two-sided name column
mail("dev-h16-en-summary-yearless-refcol", "Fri, 18 Dec 2026 06:00:00 +0000", "Pocket <help@pocketbank.test>",
     "Yesterday in your account",
     [(P, """Yesterday in your account

17/12  Northgate Studio Ltd        +£1,150.00   INV-2026-88
17/12  Amazon Marketplace            -£23.99    card
17/12  R Patel                       +£80.00    ref Lessons Dec
""", U, E8)],
     [c("1150.00", "GBP", "Northgate Studio Ltd", "INV-2026-88", "2026-12-17"),
      c("80.00", "GBP", "R Patel", "Lessons Dec", "2026-12-17")], "h-en-summary-yearless")

mail("dev-h17-fr-summary-tiers-column", "Fri, 18 Dec 2026 06:30:00 +0100", "Banque <synthese@banque-exemple.test>",
     "Vos opérations",
     [(H, """<table><tr><th>Date</th><th>Bénéficiaire / Émetteur</th><th>Libellé</th><th>Montant</th></tr>
<tr><td>17/12/2026</td><td>ORANGE SA</td><td>PRLV FACTURE MOBILE</td><td>-39,99&nbsp;€</td></tr>
<tr><td>17/12/2026</td><td>ATELIER NOVA</td><td>FACTURE 2026-512</td><td>+2&nbsp;480,00&nbsp;€</td></tr>
</table>""", U, QP)],
     [c("2480.00", "EUR", "ATELIER NOVA", "FACTURE 2026-512", "2026-12-17")], "h-fr-summary-two-sided")

# ---- categories fixed after the fresh set's first measurement
mail("dev-h18-de-art-eingang-zweck", "Mon, 21 Dec 2026 08:00:00 +0100", "Bank <umsatz@bank-beispiel.test>",
     "Kontoumsatz",
     [(P, """Neuer Kontoumsatz

Art:          Eingang SEPA
Betrag:       715,30 EUR
Von:          Brauerei Lindner KG
Zweck:        RE-2026-7701 Lieferung KW50
Gebucht am:   21.12.2026
""", L, QP)],
     [c("715.30", "EUR", "Brauerei Lindner KG", "RE-2026-7701 Lieferung KW50", "2026-12-21")], "h-de-eingang-zweck")

mail("dev-h19-fr-porte-sur-compte-mention", "Mon, 21 Dec 2026 10:00:00 +0100", "Banque <alertes@banque-exemple.test>",
     "Information virement",
     [(P, """Un virement de 95,00 EUR en provenance de M. PAUL NOEL a été porté sur votre compte le 21/12/2026 avec la mention « Cotisation de décembre ».
""", U, QP)],
     [c("95.00", "EUR", "M. PAUL NOEL", "Cotisation de décembre", "2026-12-21")], "h-fr-porte-sur-compte")

mail("dev-h20-en-columns-with-currency", "Tue, 22 Dec 2026 06:00:00 +0000", "Bank <statements@highstreet-bank.test>",
     "Account activity",
     [(P, """Activity on account ending 3020

Date          Details                            Money out (£)   Money in (£)
21 Dec 2026   ELM TREE DENTAL   INV 2026-301                          1,240.00
21 Dec 2026   HMRC VAT                                 2,010.00
22 Dec 2026   K OKAFOR   DEC LESSONS                                    90.00
""", U, E8)],
     [c("1240.00", "GBP", "ELM TREE DENTAL", "INV 2026-301", "2026-12-21"),
      c("90.00", "GBP", "K OKAFOR", "DEC LESSONS", "2026-12-22")], "h-en-columns-currency")

mail("dev-h21-en-payout-of-has-been-paid", "Tue, 22 Dec 2026 03:00:00 +0000", "Shopkit <payouts@shopkit.test>",
     "Payout complete",
     [(P, """Your payout of £3,005.10 was sent to your bank account ending 7788.
Payout reference: SK-7788-2212
""", U, E8)],
     [c("3005.10", "GBP", "Shopkit", "SK-7788-2212", "2026-12-22")], "h-en-payout-was-sent")

mail("dev-h22-en-added-to-your-balance", "Tue, 22 Dec 2026 12:00:00 +0000", "Neo <hello@neo-business.test>",
     "Money in",
     [(H, """<p>$1,020.00 from Harbor Lane Studio LLC has been added to your USD balance.</p><p>Reference: HLS-4410</p>""", U, QP)],
     [c("1020.00", "USD", "Harbor Lane Studio LLC", "HLS-4410", "2026-12-22")], "h-en-added-to")

mail("dev-h23-de-von-erhalten-bdquo", "Wed, 23 Dec 2026 09:00:00 +0100", "Geldapp <noreply@geldapp.test>",
     "Zahlung erhalten",
     [(H, """<p>Sie haben <b>48,00&nbsp;&euro;</b> von <b>Jonas Albrecht</b> erhalten.</p><p>Nachricht: &bdquo;Fotos Hochzeit&ldquo;</p>""", U, B64)],
     [c("48.00", "EUR", "Jonas Albrecht", "Fotos Hochzeit", "2026-12-23")], "h-de-von-erhalten")

mail("dev-h24-fr-summary-dash-separator", "Wed, 23 Dec 2026 06:00:00 +0100", "Néobanque <bonjour@neobanque.test>",
     "Vos mouvements",
     [(H, """<table><tr><th>Date</th><th>Opération</th><th>Montant</th></tr>
<tr><td>22/12/2026</td><td>Virement de CAVE SAINT-JEAN – Facture 2026-330</td><td>+ 612,00&nbsp;€</td></tr>
<tr><td>22/12/2026</td><td>Paiement carte SNCF</td><td>- 87,00&nbsp;€</td></tr></table>""", U, QP)],
     [c("612.00", "EUR", "CAVE SAINT-JEAN", "Facture 2026-330", "2026-12-22")], "h-fr-dash-separator")

mail("dev-h25-fr-t-a-vire", "Thu, 24 Dec 2026 18:00:00 +0100", "Cagnotte <no-reply@cagnotte-app.test>",
     "Tu as reçu de l'argent",
     [(P, """Camille Roy t'a viré 40,00 € pour « Cours de guitare ».
""", U, QP)],
     [c("40.00", "EUR", "Camille Roy", "Cours de guitare", "2026-12-24")], "h-fr-tutoiement")

mail("dev-h26-fr-t-a-envoye-une-demande", "Thu, 24 Dec 2026 19:00:00 +0100", "Cagnotte <no-reply@cagnotte-app.test>",
     "Nouvelle demande",
     [(P, """Léo Marchand t'a envoyé une demande de 12,00 € pour « Ciné ».
""", U, QP)], [], "h-distractor-request-fr")

# ---- more ways of saying "not a credit" (written to probe the exclusions, not from a failure)
mail("dev-h27-en-transfer-complete", "Mon, 28 Dec 2026 10:00:00 +0000", "Bank <alerts@highstreet-bank.test>",
     "Your transfer is complete",
     [(P, """Your transfer of £2,400.00 to Harbour Properties Ltd is complete.
Reference: RENT JAN
""", U, E8)], [], "h-distractor-outgoing")

mail("dev-h28-fr-virement-instantane-envoye", "Mon, 28 Dec 2026 11:00:00 +0100", "Néobanque <bonjour@neobanque.test>",
     "Virement instantané envoyé",
     [(P, """Votre virement instantané de 150,00 € à destination de Julie Perrin a bien été envoyé.
Motif : remboursement resto
""", U, QP)], [], "h-distractor-outgoing-fr")

mail("dev-h29-de-zahlung-erwartet", "Tue, 29 Dec 2026 08:00:00 +0100", "Rechnungsapp <noreply@rechnungsapp.test>",
     "Zahlungseingang erwartet",
     [(P, """Für Rechnung RE-2026-900 über 1.180,00 EUR wird der Zahlungseingang bis 10.01.2027 erwartet.
""", U, QP)], [], "h-distractor-expected")

mail("dev-h30-fr-remboursement-en-attente", "Tue, 29 Dec 2026 09:00:00 +0100", "Boutique <service@boutique-en-ligne.test>",
     "Votre remboursement",
     [(P, """Votre demande de remboursement de 59,00 € a bien été prise en compte. Il sera crédité sous 10 jours.
""", U, QP)], [], "h-distractor-refund-pending")

mail("dev-h31-en-payment-reminder-to-pay", "Tue, 29 Dec 2026 10:00:00 +0000", "Supplier <accounts@supplier.test>",
     "Payment reminder",
     [(P, """This is a reminder that a payment of £420.00 from your company is overdue for invoice 7781.
""", U, E8)], [], "h-distractor-reminder")

mail("dev-h32-de-erstattung-beantragt", "Wed, 30 Dec 2026 09:00:00 +0100", "Shop <service@shop-beispiel.test>",
     "Erstattung beantragt",
     [(P, """Sie haben eine Erstattung über 24,90 EUR beantragt. Die Gutschrift erfolgt nach Prüfung der Rücksendung.
""", U, QP)], [], "h-distractor-refund-requested")

mail("dev-h33-fr-credit-immobilier-echeance", "Wed, 30 Dec 2026 10:00:00 +0100", "Banque <alertes@banque-exemple.test>",
     "Échéance de votre crédit",
     [(P, """L'échéance de votre crédit immobilier de 1 245,80 € sera prélevée le 05/01/2027.
""", U, QP)], [], "h-distractor-loan")

mail("dev-h34-en-card-refund-pending", "Wed, 30 Dec 2026 11:00:00 +0000", "Pocket <help@pocketbank.test>",
     "Refund on its way",
     [(P, """ASOS has started a refund of £35.00 to your card. It can take up to 5 working days to arrive.
""", U, E8)], [], "h-distractor-refund-on-way")

# ---- categories fixed after the second fresh set's first measurement
mail("dev-h35-en-push-pipes", "Thu, 31 Dec 2026 09:00:00 +0000", "Pocket <help@pocketbank.test>",
     "Received £1,480.00",
     [(P, """Received £1,480.00 | FERNHILL ARCHITECTS | INV-2026-0912
""", U, E8)],
     [c("1480.00", "GBP", "FERNHILL ARCHITECTS", "INV-2026-0912", "2026-12-31")], "h-en-push-segments")

mail("dev-h36-en-incoming-dash", "Thu, 31 Dec 2026 10:00:00 +0000", "Bank <alerts@highstreet-bank.test>",
     "Incoming - €240.00",
     [(P, """Incoming - €240.00 from MAREK NOWAK
Reference: TRANSLATION DEC
""", U, E8)],
     [c("240.00", "EUR", "MAREK NOWAK", "TRANSLATION DEC", "2026-12-31")], "h-en-incoming")

mail("dev-h37-en-statement-c-d-marks", "Thu, 31 Dec 2026 06:00:00 +0000", "Bank <statements@highstreet-bank.test>",
     "Entries (GBP)",
     [(P, """Entries on account ending 3020 (GBP)

30/12/2026  BGC  CLEARWATER POOLS LTD  CWP-2026-14          2,300.00 C
30/12/2026  SO   RENT LANDLORD                              1,100.00 D
""", U, E8)],
     [c("2300.00", "GBP", "CLEARWATER POOLS LTD", "CWP-2026-14", "2026-12-30")], "h-en-c-d-marks")

mail("dev-h38-de-haben-mark-ueberweisung", "Thu, 31 Dec 2026 07:00:00 +0100", "Bank <umsatz@bank-beispiel.test>",
     "Umsätze",
     [(P, """30.12.2026  Überweisung  Praxis Dr. Seidel  Rechnung 2026-77      480,00 H
30.12.2026  Kartenzahlung  Tankstelle                              62,10 S
""", L, QP)],
     [c("480.00", "EUR", "Praxis Dr. Seidel", "Rechnung 2026-77", "2026-12-30")], "h-de-haben")

mail("dev-h39-fr-un-credit-enregistre", "Thu, 31 Dec 2026 08:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Information compte",
     [(P, """Un crédit de 1 060,00 € a été enregistré sur votre compte le 31/12/2026.
Provenance : EARL DES TROIS SOURCES
Motif : FACT 2026-229
""", U, QP)],
     [c("1060.00", "EUR", "EARL DES TROIS SOURCES", "2026-229", "2026-12-31")], "h-fr-un-credit")

mail("dev-h40-en-we-have-received-transfer", "Thu, 31 Dec 2026 12:00:00 +0000", "Bank <alerts@highstreet-bank.test>",
     "Transfer from KINGFISHER TUTORS: £150.00",
     [(P, """We have received a transfer into your account ending 3020.
""", U, E8)],
     [c("150.00", "GBP", "KINGFISHER TUTORS", None, "2026-12-31")], "h-en-we-received")

mail("dev-h41-en-deposited-into", "Thu, 31 Dec 2026 15:00:00 +0000", "Till <noreply@till-app.test>",
     "Your money is on its account",
     [(P, """$612.40 was deposited into your bank account ending 1188 on 12/31/2026.
""", U, E8)],
     [c("612.40", "USD", None, None, "2026-12-31")], "h-en-deposited")

mail("dev-h42-de-slash-payer-label", "Thu, 31 Dec 2026 16:00:00 +0100", "Bank <umsatz@bank-beispiel.test>",
     "Gutschrift",
     [(P, """Gutschrift über 990,00 EUR
Zahler/Empfänger: Tischlerei Wolf
Verwendungszweck: Anzahlung Küche
""", U, QP)],
     [c("990.00", "EUR", "Tischlerei Wolf", "Anzahlung Küche", "2026-12-31")], "h-de-slash-label")

# ---- a mail that only labels who paid and how much (no credit or debit words), and two that must stay silent
mail("dev-h43-fr-labels-only-donneur", "Fri, 1 Jan 2027 09:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Nouvelle opération",
     [(P, """Nouvelle opération sur le compte 0012345

Donneur d'ordre : SAS HORIZON TRAITEUR
Montant : 2 740,00 EUR
Référence : F-2026-0890
Date : 31/12/2026
""", U, QP)],
     [c("2740.00", "EUR", "SAS HORIZON TRAITEUR", "F-2026-0890", "2026-12-31")], "h-fr-labels-only")

mail("dev-h44-en-labels-only-remitter", "Fri, 1 Jan 2027 10:00:00 +0000", "Bank <alerts@highstreet-bank.test>",
     "Account update",
     [(H, """<table><tr><td>Remitter</td><td>OAKLEY &amp; SONS BUILDERS</td></tr>
<tr><td>Amount</td><td>£5,600.00</td></tr><tr><td>Payment details</td><td>STAGE 2 INV 4410</td></tr>
<tr><td>Value date</td><td>31 Dec 2026</td></tr></table>""", U, QP)],
     [c("5600.00", "GBP", "OAKLEY & SONS BUILDERS", "STAGE 2 INV 4410", "2026-12-31")], "h-en-labels-only")

mail("dev-h45-fr-labels-only-marchand", "Fri, 1 Jan 2027 11:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Nouvelle opération",
     [(P, """Marchand : FNAC PARIS
Montant : 42,90 EUR
Date : 31/12/2026
""", U, QP)], [], "h-distractor-labels-merchant")

mail("dev-h46-fr-labels-emetteur-beneficiaire", "Fri, 1 Jan 2027 12:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Confirmation d'opération",
     [(P, """Émetteur : ACME CONSEIL SAS
Bénéficiaire : MENUISERIE DUVAL
Montant : 3 200,00 EUR
Date : 31/12/2026
""", U, QP)], [], "h-distractor-labels-own-transfer")

# ---- categories fixed after the third fresh set's first measurement
mail("dev-h47-fr-client-a-demande-remboursement", "Sat, 2 Jan 2027 09:00:00 +0100", "Caisse <noreply@caisse-en-ligne.test>",
     "Demande de remboursement",
     [(P, """Votre client Paul Morel a demandé le remboursement de 89,00 € pour la commande 5512.
""", U, QP)], [], "h-distractor-refund-asked-fr")

mail("dev-h48-en-customer-asks-for-refund", "Sat, 2 Jan 2027 10:00:00 +0000", "Shopkit <payouts@shopkit.test>",
     "Refund request",
     [(P, """Sam Taylor asks for a refund of £19.99 on order 7781.
""", U, E8)], [], "h-distractor-refund-asked-en")

mail("dev-h49-de-svwz-alert", "Sat, 2 Jan 2027 11:00:00 +0100", "Bank <umsatz@bank-beispiel.test>",
     "Gutschrift",
     [(P, """Buchung vom 02.01.2027
Buchungstext: SEPA-GUTSCHRIFT Malerbetrieb Vogel SVWZ+ RE 2026-145 Fassade EREF+ NOTPROVIDED
Betrag: 3.310,00 EUR
""", U, QP)],
     [c("3310.00", "EUR", "Malerbetrieb Vogel", "RE 2026-145 Fassade", "2027-01-02")], "h-de-svwz")

mail("dev-h50-en-table-label-bullet", "Sat, 2 Jan 2027 12:00:00 +0000", "Pocket <help@pocketbank.test>",
     "Your day",
     [(H, """<table><tr><th>Date</th><th>Description</th><th>Amount</th></tr>
<tr><td>01/01/2027</td><td>Transfer from Hollis Print Co • Job 7712</td><td>+£265.00</td></tr>
<tr><td>01/01/2027</td><td>Spotify</td><td>−£11.99</td></tr></table>""", U, QP)],
     [c("265.00", "GBP", "Hollis Print Co", "Job 7712", "2027-01-01")], "h-en-bullet-label")

# ---- categories fixed after the fourth fresh set's first measurement
mail("dev-h51-de-eingehende-ueberweisung", "Mon, 4 Jan 2027 09:00:00 +0100", "Geldapp <noreply@geldapp.test>",
     "Eingehende Überweisung",
     [(P, """Eingehende Überweisung von Hanna Berger: 210,00 €
Zweck: Kursgebühr Februar
""", U, QP)],
     [c("210.00", "EUR", "Hanna Berger", "Kursgebühr Februar", "2027-01-04")], "h-de-eingehende")

mail("dev-h52-en-table-type-column", "Mon, 4 Jan 2027 07:00:00 +0000", "Bank <statements@highstreet-bank.test>",
     "Today's entries",
     [(H, """<table><tr><th>Date</th><th>Details</th><th>Type</th><th>Amount</th></tr>
<tr><td>03/01/2027</td><td>NORTHWOOD VETS REF NV-2027-004</td><td>CR</td><td>£388.00</td></tr>
<tr><td>03/01/2027</td><td>AMAZON MKTP</td><td>DR</td><td>£42.10</td></tr></table>""", U, QP)],
     [c("388.00", "GBP", "NORTHWOOD VETS", "NV-2027-004", "2027-01-03")], "h-en-type-column")

mail("dev-h53-fr-reception-virement", "Mon, 4 Jan 2027 10:00:00 +0100", "Banque <alertes@banque-regionale.test>",
     "Information",
     [(P, """Nous vous informons de la réception d'un virement de 720,00 € émis par GAEC DU PLATEAU le 04/01/2027.
Référence : LAIT DECEMBRE
""", U, QP)],
     [c("720.00", "EUR", "GAEC DU PLATEAU", "LAIT DECEMBRE", "2027-01-04")], "h-fr-reception")

mail("dev-h54-en-not-yet-received", "Mon, 4 Jan 2027 11:00:00 +0000", "Invoicing <noreply@invoicing.test>",
     "Payment not received",
     [(P, """We have not yet received your payment of £260.00 for invoice 3310.
""", U, E8)], [], "h-distractor-not-received")

mail("dev-h55-de-noch-nicht-eingegangen", "Mon, 4 Jan 2027 12:00:00 +0100", "Rechnungsapp <noreply@rechnungsapp.test>",
     "Zahlungserinnerung",
     [(P, """Die Zahlung über 415,00 EUR für Rechnung RE-2026-880 ist noch nicht eingegangen.
""", U, QP)], [], "h-distractor-noch-nicht")

# --- after fresh5's first measurement (issue 12, round 6): one or two new mails per category fixed
# money that arrived, typed as incoming, or a signed amount put on the account
mail("dev-h56-fr-paiement-arrive", "Tue, 2 Feb 2027 09:00:00 +0100", "Néobanque Pro <alertes@neobanque-pro.test>",
     "Nouveau mouvement",
     [(P, """Un paiement de 1 120,00 € est arrivé sur votre compte professionnel.
Émetteur : SELARL CABINET VERT
Motif : HONORAIRES JANVIER
Le 02/02/2027
""", U, QP)],
     [c("1120.00", "EUR", "SELARL CABINET VERT", "HONORAIRES JANVIER", "2027-02-02")], "h-fr-est-arrive")

mail("dev-h57-fr-signed-push-de-colon", "Tue, 2 Feb 2027 12:30:00 +0100", "Banque Régionale <ne-pas-repondre@banque-regionale.test>",
     "Alerte compte",
     [(P, """Alerte : + 1 300,00 EUR sur votre compte le 02/02/2027. VIR SEPA DE: SCI LES PINS - REF: LOYER FEVRIER.
""", L, QP)],
     [c("1300.00", "EUR", "SCI LES PINS", "LOYER FEVRIER", "2027-02-02")], "h-fr-signed-on-account")

mail("dev-h58-en-versements-entrants-html", "Wed, 3 Feb 2027 08:00:00 +0000", "Ledgerly <no-reply@ledgerly.test>",
     "Funds credited",
     [(H, """<p>Incoming funds credited to your EUR wallet.</p><table>
<tr><td>Amount</td><td>€ 640.00</td></tr><tr><td>Counterparty name</td><td>Studio Lumen BV</td></tr>
<tr><td>Reference</td><td>LUMEN-PO-88</td></tr><tr><td>Value date</td><td>03/02/2027</td></tr></table>""", U, B64)],
     [c("640.00", "EUR", "Studio Lumen BV", "LUMEN-PO-88", "2027-02-03")], "h-en-funds-credited-labels")

# a merchant's customer paying (card, online), a capture or a pay-in
mail("dev-h59-en-your-customer-has-paid", "Wed, 3 Feb 2027 15:00:00 +0000", "ShopKasse <notify@shopkasse.test>",
     "New sale",
     [(P, """Your customer Lisa Moreau has paid €140.00 for her order.
Order number: 5531-A
3 February 2027
""", U, E8)],
     [c("140.00", "EUR", "Lisa Moreau", "5531-A", "2027-02-03")], "h-en-customer-has-paid")

mail("dev-h60-de-kunde-hat-bezahlt", "Thu, 4 Feb 2027 10:00:00 +0100", "Kassenwerk <info@kassenwerk.test>",
     "Neue Zahlung",
     [(P, """Ihr Kunde Jonas Becker hat 89,00 EUR per Karte bezahlt.
Bestellnummer: KW-7781
Datum: 04.02.2027
""", U, QP)],
     [c("89.00", "EUR", "Jonas Becker", "KW-7781", "2027-02-04")], "h-de-kunde-hat-bezahlt")

mail("dev-h61-en-charge-captured-fields", "Thu, 4 Feb 2027 16:00:00 +0000", "PayGate <events@paygate.test>",
     "Charge captured",
     [(P, """The charge was captured.
Amount      GBP 75.00
Customer    Ruth Okafor
Order       RO-2027-02
Date        04/02/2027
""", U, E8)],
     [c("75.00", "GBP", "Ruth Okafor", "RO-2027-02", "2027-02-04")], "h-en-captured-aligned")

# "you've got", "paid by X" with a particle, "credit of X from P ref R"
mail("dev-h62-en-got-paid-by-particle", "Fri, 5 Feb 2027 09:00:00 +0100", "Kasba <hello@kasba.test>",
     "Money in",
     [(P, """You got €220.00 from Anke van der Berg.
Note: Kitchen design deposit
""", U, E8)],
     [c("220.00", "EUR", "Anke van der Berg", "Kitchen design deposit", "2027-02-05")], "h-en-got-from-particle")

mail("dev-h63-en-credit-of-ref-sms", "Fri, 5 Feb 2027 13:00:00 +0000", "High Street Bank <alerts@highstreet.test>",
     "Account alert",
     [(P, """Alert: a credit of USD 1,980.00 from KESTREL MEDIA LLC ref KM 2027 INV 7 was paid into your account on 05/02/2027.
""", U, E8)],
     [c("1980.00", "USD", "KESTREL MEDIA LLC", "KM 2027 INV 7", "2027-02-05")], "h-en-credit-of-ref")

# payer and reference labels in the three languages
mail("dev-h64-de-ueberweisender-zahlungsgrund", "Mon, 8 Feb 2027 08:00:00 +0100", "Sparbank <info@sparbank.test>",
     "Gutschrift",
     [(P, """Ihrem Konto wurde ein Betrag von 540,00 EUR gutgeschrieben.
Überweisender: Apotheke am Markt e.K.
Zahlungsgrund: RE 2027-019
Datum: 08.02.2027
""", L, QP)],
     [c("540.00", "EUR", "Apotheke am Markt e.K.", "RE 2027-019", "2027-02-08")], "h-de-ueberweisender")

# ---- distractors of the new kinds
mail("dev-h65-en-incoming-held-review", "Mon, 8 Feb 2027 11:00:00 +0000", "High Street Bank <alerts@highstreet.test>",
     "Payment under review",
     [(P, """Your incoming transfer of €900.00 from ORCHARD LTD is on hold while we review it. The funds have not been credited yet.
""", U, E8)], [], "h-distractor-held")

mail("dev-h66-de-gutschrift-zurueckgehalten", "Tue, 9 Feb 2027 09:00:00 +0100", "Sparbank <info@sparbank.test>",
     "Information zu einer Gutschrift",
     [(P, """Eine Gutschrift über 700,00 EUR von Weber Metallbau GmbH wurde vorläufig zurückgehalten.
""", U, QP)], [], "h-distractor-zurueckgehalten")

mail("dev-h67-fr-remboursement-depuis-votre-compte", "Tue, 9 Feb 2027 14:00:00 +0100", "Caisse Pro <alertes@caisse-pro.test>",
     "Remboursement envoyé",
     [(P, """Votre remboursement de 60,00 € en faveur de Jean Dupuis a été envoyé depuis votre compte.
""", U, QP)], [], "h-distractor-refund-out")

mail("dev-h68-en-refund-from-your-balance", "Wed, 10 Feb 2027 10:00:00 +0000", "ShopKasse <notify@shopkasse.test>",
     "Refund processed",
     [(P, """A refund of £35.00 for order 5540 has been issued to Tom Hale from your balance.
""", U, E8)], [], "h-distractor-refund-from-balance")
