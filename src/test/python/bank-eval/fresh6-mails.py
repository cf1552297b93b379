# A seventh hand-worded set, written blind (French-speaking banks, neobanks, processors and invoicing tools).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh6 fresh6-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("f601-fr-qonto-virement-credite", "Fri, 27 Nov 2026 10:14:00 +0100", "Qonto <no-reply@qonto.com>",
     "Vous avez reçu un virement de 2 150,00 €",
     [(P, """Bonjour Camille,

Un virement SEPA vient d'être crédité sur le compte « Compte principal » de ACME CONSEIL.

Montant : +2 150,00 €
Émetteur : STUDIO LUMEN SARL
Référence : FAC-2026-0412
Date : 27/11/2026

Consultez la transaction et ajoutez un justificatif depuis votre application Qonto.

Qonto - Olinda SAS, établissement de paiement agréé par l'ACPR, 18 rue de Navarin, 75009 Paris.
""", U, QP),
      (H, """<html><body style="font-family:Inter,Arial,sans-serif;color:#1d1d1b">
<p>Bonjour Camille,</p>
<p>Un virement SEPA vient d'être crédité sur le compte <b>« Compte principal »</b> de ACME CONSEIL.</p>
<table cellspacing="0" cellpadding="6" style="border:1px solid #eee">
<tr><td style="color:#6b6b6b">Montant</td><td style="color:#1a7f37"><strong>+2&nbsp;150,00&nbsp;&euro;</strong></td></tr>
<tr><td style="color:#6b6b6b">Émetteur</td><td>STUDIO LUMEN SARL</td></tr>
<tr><td style="color:#6b6b6b">Référence</td><td>FAC-2026-0412</td></tr>
<tr><td style="color:#6b6b6b">Date</td><td>27/11/2026</td></tr>
</table>
<p>Consultez la transaction et ajoutez un justificatif depuis votre application Qonto.</p>
<p style="font-size:11px;color:#999">Qonto - Olinda SAS, établissement de paiement agréé par l'ACPR, 18 rue de Navarin, 75009 Paris.</p>
</body></html>""", U, QP)],
     [c("2150.00", "EUR", "STUDIO LUMEN SARL", "FAC-2026-0412", "2026-11-27")], "fr-qonto-compte-nomme")

mail("f602-fr-shine-ton-compte", "Thu, 26 Nov 2026 14:03:00 +0100", "Shine <bonjour@shine.fr>",
     "💸 320 € viennent d'arriver sur ton compte",
     [(P, """Hello Thomas !

Bonne nouvelle : Marion Petit t'a fait un virement de 320,00 €.

Libellé : Atelier photo 21/11
Arrivé le jeudi 26 novembre 2026 à 14 h 02.

Ton solde : 4 812,55 €

---
Tu lances une nouvelle activité ? Parraine un ami et gagnez chacun 80 €.
Shine SAS, établissement de paiement agréé par l'ACPR sous le numéro 71567.
""", U, E8)],
     [c("320.00", "EUR", "Marion Petit", "Atelier photo 21/11", "2026-11-26")], "fr-shine-t-a-fait-un-virement")

mail("f603-fr-revolut-business-dkk", "Wed, 25 Nov 2026 16:40:00 +0100", "Revolut Business <no-reply@revolut.com>",
     "Paiement reçu de Nordlys ApS",
     [(H, """<!DOCTYPE html><html lang="fr"><body style="background:#f7f7f7">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h1 style="font-size:22px">Vous avez reçu 14&nbsp;750,00&nbsp;DKK</h1>
<p>Nordlys ApS vous a envoyé de l'argent sur votre compte en DKK.</p>
<table width="100%">
<tr><td>De</td><td align="right">Nordlys ApS</td></tr>
<tr><td>Montant</td><td align="right">14&nbsp;750,00&nbsp;DKK</td></tr>
<tr><td>Référence</td><td align="right">INV 2026/77</td></tr>
<tr><td>Date</td><td align="right">25 nov. 2026</td></tr>
</table>
<p>Besoin d'euros ? Convertissez au taux interbancaire : 1&nbsp;000,00&nbsp;DKK ≈ 134,05&nbsp;€.</p>
<p style="font-size:10px;color:#888">Revolut Bank UAB, succursale française, 10 avenue Kléber, 75116 Paris.</p>
</div></body></html>""", U, B64)],
     [c("14750.00", "DKK", "Nordlys ApS", "INV 2026/77", "2026-11-25")], "fr-revolut-business-devise")

mail("f604-fr-n26-guillemets", "Sat, 28 Nov 2026 21:17:00 +0100", "N26 <no-reply@n26.com>",
     "Tu as reçu de l'argent",
     [(P, """Salut Julie,

Hugo Bernard t'a envoyé 45,00 €.
Message : « resto samedi »
Date : 28.11.2026

L'argent est déjà disponible sur ton compte principal.

L'équipe N26
N26 Bank SE, Voltairestraße 8, 10179 Berlin, Allemagne. Succursale française : N26 Bank SE, 26 rue de Berri, 75008 Paris.
""", U, QP)],
     [c("45.00", "EUR", "Hugo Bernard", "resto samedi", "2026-11-28")], "fr-n26-t-a-envoye-guillemets")

mail("f605-fr-blank-encaissement", "Mon, 30 Nov 2026 09:25:00 +0100", "Blank <hello@blank.app>",
     "Nouvel encaissement sur votre compte Blank",
     [(H, """<html><body>
<p>Bonjour Hélène,</p>
<p>Vous venez d'encaisser <strong>3&#8239;600,00&nbsp;€</strong> de la part de <strong>SAS Verdier Paysage</strong>.</p>
<p>Motif&nbsp;: Acompte 30% devis D-118<br>
Reçu le 30 novembre 2026</p>
<p>Pensez à rapprocher cet encaissement de votre facture dans l'onglet Facturation.</p>
<hr>
<p style="font-size:11px">Votre formule Blank Pro : 6,00&nbsp;€&nbsp;HT/mois. Blank est une marque du Crédit Agricole, distribuée par Blank SAS.</p>
</body></html>""", U, QP)],
     [c("3600.00", "EUR", "SAS Verdier Paysage", "Acompte 30% devis D-118", "2026-11-30")], "fr-blank-encaisser-de-la-part")

mail("f606-fr-manager-one-recap", "Tue, 01 Dec 2026 21:00:00 +0100", "Manager.one <notifications@manager.one>",
     "Votre récapitulatif du mardi 1 décembre 2026",
     [(P, """Récapitulatif quotidien - mardi 1 décembre 2026
Compte : ACME CONSEIL - FR76 1659 8000 0100 0045 1200 017

01/12  Virement de LES JARDINS DE PROVENCE - Réf. F-2026-201     +1 240,00 €
01/12  Prélèvement OVHcloud                                     -35,99 €
01/12  Virement de MAIRIE DE BRON - Réf. MANDAT 2026-4471        +6 480,00 €
01/12  Carte CB TOTALENERGIES LYON                              -82,10 €
01/12  Virement de Dupuis Élodie - Réf. Cours de yoga              +90,00 €

Entrées : +7 810,00 €   Sorties : -118,09 €
Solde en fin de journée : 21 344,70 €
""", U, QP),
      (H, """<html><body><h2>Récapitulatif quotidien</h2><p>mardi 1 décembre 2026 — Compte ACME CONSEIL</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Opération</th><th>Montant</th></tr>
<tr><td>01/12</td><td>Virement de LES JARDINS DE PROVENCE - Réf. F-2026-201</td><td align="right">+1&nbsp;240,00&nbsp;€</td></tr>
<tr><td>01/12</td><td>Prélèvement OVHcloud</td><td align="right">-35,99&nbsp;€</td></tr>
<tr><td>01/12</td><td>Virement de MAIRIE DE BRON - Réf. MANDAT 2026-4471</td><td align="right">+6&nbsp;480,00&nbsp;€</td></tr>
<tr><td>01/12</td><td>Carte CB TOTALENERGIES LYON</td><td align="right">-82,10&nbsp;€</td></tr>
<tr><td>01/12</td><td>Virement de Dupuis Élodie - Réf. Cours de yoga</td><td align="right">+90,00&nbsp;€</td></tr>
</table>
<p>Entrées : <b>+7&nbsp;810,00&nbsp;€</b> &middot; Sorties : <b>-118,09&nbsp;€</b><br>Solde en fin de journée : 21&nbsp;344,70&nbsp;€</p>
</body></html>""", U, QP)],
     [c("1240.00", "EUR", "LES JARDINS DE PROVENCE", "F-2026-201", "2026-12-01"),
      c("6480.00", "EUR", "MAIRIE DE BRON", "MANDAT 2026-4471", "2026-12-01"),
      c("90.00", "EUR", "Dupuis Élodie", "Cours de yoga", "2026-12-01")], "fr-recap-quotidien-signe")

mail("f607-fr-lydia-pro-qr", "Tue, 24 Nov 2026 18:42:00 +0100", "Lydia Pro <pro@lydia-app.com>",
     "Nouveau paiement reçu : 89,90 €",
     [(P, """Chloé Martin vous a payé 89,90 € par carte via votre QR code Lydia Pro.

Objet : Séance ostéopathie
Le 24/11/2026 à 18:41

Frais Lydia Pro : 0,00 € (offerts jusqu'au 31/12/2026)
""", U, B64),
      (H, """<div style="font-family:Helvetica"><p><b>Chloé Martin</b> vous a payé <b>89,90 €</b> par carte via votre QR code Lydia Pro.</p>
<p>Objet : Séance ostéopathie<br>Le 24/11/2026 à 18:41</p>
<p style="color:#888">Frais Lydia Pro : 0,00 € (offerts jusqu'au 31/12/2026)</p></div>""", U, B64)],
     [c("89.90", "EUR", "Chloé Martin", "Séance ostéopathie", "2026-11-24")], "fr-lydia-pro-qr-objet")

mail("f608-fr-paypal-facture-numero", "Mon, 23 Nov 2026 11:08:00 +0100", "PayPal <service@paypal.fr>",
     "Paiement reçu pour la facture n° 0042",
     [(H, """<html><body style="font-family:PayPalOpen,Helvetica,Arial">
<p>Bonjour ACME Conseil,</p>
<p>Bonne nouvelle ! Nicolas Girard (nicolas.girard@example.fr) a payé votre facture n°&nbsp;0042.</p>
<table cellpadding="3">
<tr><td>Montant reçu</td><td><b>540,00&nbsp;&euro;&nbsp;EUR</b></td></tr>
<tr><td>N° de facture</td><td>0042</td></tr>
<tr><td>Date de la transaction</td><td>23 nov. 2026</td></tr>
<tr><td>N° de transaction</td><td>8KX21937LP440551T</td></tr>
</table>
<p>L'argent est disponible sur votre compte PayPal.</p>
<p style="font-size:10px">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.</p>
</body></html>""", U, QP)],
     [c("540.00", "EUR", "Nicolas Girard", "0042", "2026-11-23")], "fr-paypal-facture-numero")

mail("f609-fr-stripe-client-email", "Sun, 29 Nov 2026 15:31:00 +0100", "Stripe <notifications@stripe.com>",
     "Paiement de 480,00 € reçu de atelier.rene@gmail.com",
     [(P, """ACME Conseil

Vous avez reçu un paiement de 480,00 €.

Montant             480,00 €
Client              atelier.rene@gmail.com
Description         Formation Excel - session 2
Moyen de paiement   Visa •••• 4242
Date                29 nov. 2026, 15:30

Consulter le paiement dans le Dashboard : https://dashboard.stripe.com/payments/pi_3QxT
Stripe Payments Europe, Limited - 1 Grand Canal Street Lower, Dublin 2, Irlande.
""", U, QP)],
     [c("480.00", "EUR", "atelier.rene@gmail.com", "Formation Excel - session 2", "2026-11-29")], "fr-stripe-client-email")

mail("f610-fr-gocardless-encaisses", "Wed, 02 Dec 2026 08:05:00 +0100", "GoCardless <help@gocardless.com>",
     "2 paiements ont été encaissés",
     [(P, """Bonjour,

Les paiements suivants ont été encaissés le 02/12/2026 :

- Cabinet Dentaire Moreau : 59,00 € - référence ABO-2026-12-MOR
- Fitness Club Lyon 7 : 129,00 € - référence ABO-2026-12-FCL

Ces paiements seront inclus dans votre prochain versement, prévu le 07/12/2026.

L'équipe GoCardless
GoCardless SAS, 7 rue de Madrid, 75008 Paris.
""", U, E8)],
     [c("59.00", "EUR", "Cabinet Dentaire Moreau", "ABO-2026-12-MOR", "2026-12-02"),
      c("129.00", "EUR", "Fitness Club Lyon 7", "ABO-2026-12-FCL", "2026-12-02")], "fr-gocardless-liste-encaisses")

mail("f611-fr-alan-remboursement-verse", "Fri, 27 Nov 2026 12:30:00 +0100", "Alan <remboursements@alan.com>",
     "On t'a remboursé 23,40 €",
     [(H, """<html><body>
<p>Bonjour Paul,</p>
<p>Le remboursement de ta consultation du 18 novembre chez Dr Sophie Lambert a été versé sur ton compte FR76&nbsp;••••&nbsp;4521 le 27 novembre 2026.</p>
<table>
<tr><td>Frais réels</td><td>30,00&nbsp;€</td></tr>
<tr><td>Part Sécurité sociale</td><td>6,60&nbsp;€</td></tr>
<tr><td><b>Remboursé par Alan</b></td><td><b>23,40&nbsp;€</b></td></tr>
<tr><td>Référence</td><td>RB-8K3F2</td></tr>
</table>
<p>La part de la Sécurité sociale t'est versée directement par ta CPAM.</p>
<p style="font-size:10px">Alan SA, entreprise régie par le Code des assurances, 117 quai de Valmy, 75010 Paris.</p>
</body></html>""", U, B64)],
     [c("23.40", "EUR", "Alan", "RB-8K3F2", "2026-11-27")], "fr-mutuelle-rembourse-par")

mail("f612-be-belfius-communication-structuree", "Thu, 26 Nov 2026 07:45:00 +0100", "Belfius <noreply@belfius.be>",
     "Belfius : vous avez reçu un paiement",
     [(P, """Cher client,

Un paiement a été crédité sur votre compte BE71 0630 1234 5669.

Date comptable : 26-11-2026
Montant : 1.250,00 EUR
Contrepartie : ASBL LES AMIS DU PARC
Compte contrepartie : BE68 5390 0754 7034
Communication : +++090/9337/55493+++

Solde après opération : 12.044,18 EUR

Belfius Banque SA, Place Charles Rogier 11, 1210 Bruxelles - RPM Bruxelles TVA BE 0403.201.185.
""", L, QP)],
     [c("1250.00", "EUR", "ASBL LES AMIS DU PARC", "+++090/9337/55493+++", "2026-11-26")], "be-fr-communication-structuree")

mail("f613-be-ing-extrait-valeur", "Tue, 01 Dec 2026 06:30:00 +0100", "ING Belgique <info@ing.be>",
     "Nouvel extrait de compte disponible - 2 opérations",
     [(H, """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Extrait n°&nbsp;211 du 01-12-2026 - compte BE45 3631 0000 2289</p>
<table border="0" cellpadding="5">
<tr style="background:#ff6200;color:#fff"><th>N°</th><th>Opération</th><th>Valeur</th><th>Montant</th></tr>
<tr><td>0421</td><td>Virement SEPA reçu<br>De : VAN DAMME BVBA<br>Communication : facture 2026/0318</td><td>30-11-2026</td><td align="right">+ 2.904,00 EUR</td></tr>
<tr><td>0422</td><td>Virement instantané reçu<br>De : Mme Dubois Anne<br>Communication : cotisation 2027</td><td>01-12-2026</td><td align="right">+ 75,00 EUR</td></tr>
</table>
<p>Nouveau solde : 18.311,62 EUR</p>
<p style="font-size:10px">ING Belgique SA, avenue Marnix 24, B-1000 Bruxelles.</p>
</body></html>""", U, B64)],
     [c("2904.00", "EUR", "VAN DAMME BVBA", "facture 2026/0318", "2026-11-30"),
      c("75.00", "EUR", "Mme Dubois Anne", "cotisation 2027", "2026-12-01")], "be-fr-extrait-valeur")

mail("f614-ch-postfinance-reference-qr", "Mon, 30 Nov 2026 13:12:00 +0100", "PostFinance <notification@postfinance.ch>",
     "Notification de crédit",
     [(P, """Bonjour,

Un crédit a été comptabilisé sur votre compte CH44 0900 0000 1234 5678 9.

Montant : CHF 2'480.00
Date de valeur : 30.11.2026
Donneur d'ordre : Fiduciaire Morand SA, Sion
Référence QR : 21 00000 00003 13947 14300 09017

Avoir disponible : CHF 19'305.45

PostFinance SA, Mingerstrasse 20, 3030 Berne.
""", U, E8)],
     [c("2480.00", "CHF", "Fiduciaire Morand SA, Sion", "21 00000 00003 13947 14300 09017", "2026-11-30")], "ch-fr-reference-qr")

mail("f615-ch-bcv-entree-fonds", "Wed, 02 Dec 2026 10:02:00 +0100", "BCV <alertes@bcv.ch>",
     "Alerte BCV : entrée de fonds",
     [(H, """<html><body>
<p>Madame, Monsieur,</p>
<p>Nous vous informons d'une entrée de fonds de <b>CHF&nbsp;850.00</b> le 2 décembre 2026 en faveur de votre compte privé n°&nbsp;5123.45.67.</p>
<p>Ordonnateur&nbsp;: M. Luca Rossi<br>Motif&nbsp;: Loyer décembre place de parc</p>
<p>Meilleures salutations,<br>Banque Cantonale Vaudoise</p>
<p style="font-size:10px">BCV, Place St-François 14, 1003 Lausanne. Les alertes sont envoyées à titre informatif.</p>
</body></html>""", L, QP)],
     [c("850.00", "CHF", "M. Luca Rossi", "Loyer décembre place de parc", "2026-12-02")], "ch-fr-entree-fonds-ordonnateur")

mail("f616-ch-twint-tu-as-recu", "Tue, 01 Dec 2026 19:23:00 +0100", "TWINT <info@twint.ch>",
     "Tu as reçu CHF 25.00",
     [(P, """Tu as reçu CHF 25.00 de Léa Favre.
Message : Merci pour le gâteau !
01.12.2026, 19:22

TWINT SA, Stauffacherstrasse 31, 8004 Zurich
""", U, B64)],
     [c("25.00", "CHF", "Léa Favre", "Merci pour le gâteau !", "2026-12-01")], "ch-fr-twint-tu-as-recu")

mail("f617-lu-spuerkeess-colonnes", "Tue, 01 Dec 2026 07:00:00 +0100", "Spuerkeess <s-net@spuerkeess.lu>",
     "Mouvements sur votre compte LU28 0019 4006 4475 0000",
     [(P, """Mouvements sur votre compte LU28 0019 4006 4475 0000 (EUR)

Date        Libellé                                             Débit       Crédit
27.11.2026  VIREMENT BRASSERIE NATIONALE SA / FACT. 2026-0918                4.320,00
27.11.2026  DOMICILIATION ENOVOS LUXEMBOURG                      142,87
30.11.2026  VIREMENT SCHMIT MARC / LOYER DEC                                 1.150,00

Solde au 30.11.2026 : 9.874,33 EUR

Banque et Caisse d'Epargne de l'Etat, Luxembourg - 1, Place de Metz, L-2954 Luxembourg.
""", L, B64)],
     [c("4320.00", "EUR", "BRASSERIE NATIONALE SA", "FACT. 2026-0918", "2026-11-27"),
      c("1150.00", "EUR", "SCHMIT MARC", "LOYER DEC", "2026-11-30")], "lu-fr-debit-credit-colonnes")

mail("f618-qc-desjardins-interac-depot", "Tue, 01 Dec 2026 08:15:00 -0500", "Desjardins <notifications@desjardins.com>",
     "Virement Interac : vous avez reçu de l'argent",
     [(P, """Bonjour Sophie,

JEAN TREMBLAY vous a envoyé 350,00 $ (CAD) et l'argent a été déposé automatiquement dans votre compte.

Message : loyer décembre, app 3
Date : 1er décembre 2026
Numéro de confirmation : CA1zXk7Q2m

Merci d'utiliser Virement Interac.
Fédération des caisses Desjardins du Québec, 100, rue des Commandeurs, Lévis (Québec).
""", U, QP)],
     [c("350.00", "CAD", "JEAN TREMBLAY", "loyer décembre, app 3", "2026-12-01")], "qc-interac-depot-auto-message")

mail("f619-ma-attijariwafa-avis-credit", "Wed, 25 Nov 2026 16:00:00 +0100", "Attijariwafa bank <avis@attijariwafa.com>",
     "Avis de crédit",
     [(P, """Madame, Monsieur,

Nous avons l'honneur de vous informer que votre compte n° 007 780 0001234567 a été crédité comme suit :

Date opération : 25/11/2026
Montant        : 12.500,00 MAD
Donneur d'ordre: STE AL MANAR DISTRIBUTION SARL
Motif          : REGLEMENT FACTURE 2026/145
Commission     : 0,00 MAD

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
Attijariwafa bank - 2, boulevard Moulay Youssef, Casablanca.
""", L, B64)],
     [c("12500.00", "MAD", "STE AL MANAR DISTRIBUTION SARL", "REGLEMENT FACTURE 2026/145", "2026-11-25")], "ma-avis-credit-mad")

mail("f620-sn-wave-fcfa", "Mon, 30 Nov 2026 12:47:00 +0000", "Wave <notifications@wave.com>",
     "Vous avez reçu 25 000F",
     [(P, """Wave Sénégal

Vous avez reçu 25 000F de Moussa Diop (77 123 45 67).
Nouveau solde : 61 500F.

Transfert gratuit entre utilisateurs Wave. Retrait : 1%.
""", U, E8)],
     [c("25000.00", "XOF", "Moussa Diop", None, "2026-11-30")], "sn-wave-francs-cfa")

mail("f621-fr-cm-operations-du-jour", "Wed, 02 Dec 2026 20:10:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Vos opérations du jour",
     [(H, """<html><body style="font-family:Verdana;font-size:12px">
<p>Bonjour,</p>
<p>Voici les opérations enregistrées aujourd'hui sur votre compte courant n° 00020145601 :</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>
<tr><td>02/12/2026</td><td>VIR SEPA CLINIQUE DU PARC REF HONO NOV26</td><td></td><td align="right">3&nbsp;150,00</td></tr>
<tr><td>02/12/2026</td><td>PRLV SEPA URSSAF RHONE ALPES</td><td align="right">612,00</td><td></td></tr>
<tr><td>02/12/2026</td><td>VIR INST M LEROY ANTOINE REF COURS PIANO</td><td></td><td align="right">120,00</td></tr>
<tr><td>02/12/2026</td><td>VIR SEPA CPAM DU RHONE REF REMB SOINS 0112</td><td></td><td align="right">26,50</td></tr>
</table>
<p>Solde après opérations : 7&nbsp;418,36&nbsp;&euro; créditeur</p>
<p style="font-size:10px">Crédit Mutuel - Caisse Fédérale de Crédit Mutuel, 4 rue Frédéric-Guillaume Raiffeisen, 67000 Strasbourg.</p>
</body></html>""", L, QP)],
     [c("3150.00", "EUR", "CLINIQUE DU PARC", "HONO NOV26", "2026-12-02"),
      c("120.00", "EUR", "M LEROY ANTOINE", "COURS PIANO", "2026-12-02"),
      c("26.50", "EUR", "CPAM DU RHONE", "REMB SOINS 0112", "2026-12-02")], "fr-colonnes-debit-credit-html")

mail("f622-fr-ca-libelle-vir-sepa", "Mon, 30 Nov 2026 08:20:00 +0100", "Crédit Agricole <alertes@credit-agricole.fr>",
     "Alerte virement reçu",
     [(P, """Crédit Agricole Centre-Est

Un virement de 720,00 EUR a été porté au crédit de votre compte ***8812 le 30/11/2026.
Libellé : VIR SEPA SCI LES TILLEULS REF LOYER NOV 2026

Pour ne plus recevoir cette alerte, rendez-vous sur Ma Banque > Alertes.
""", L, QP)],
     [c("720.00", "EUR", "SCI LES TILLEULS", "LOYER NOV 2026", "2026-11-30")], "fr-libelle-vir-sepa-ref")

mail("f623-fr-sellsy-reglement-partiel", "Fri, 27 Nov 2026 17:05:00 +0100", "Sellsy <notifications@sellsy.com>",
     "Règlement reçu sur la facture FA-2026-00318",
     [(H, """<html><body>
<p>Bonjour,</p>
<p>Un règlement de <strong>500,00&nbsp;€</strong> a été enregistré le 27/11/2026 par virement de la part de <strong>BOULANGERIE MARTIN</strong> sur la facture FA-2026-00318.</p>
<table cellpadding="4">
<tr><td>Montant de la facture</td><td>1&nbsp;200,00&nbsp;€ TTC</td></tr>
<tr><td>Déjà réglé</td><td>500,00&nbsp;€</td></tr>
<tr><td>Reste à payer</td><td>700,00&nbsp;€</td></tr>
</table>
<p>La facture passe au statut « Partiellement payée ».</p>
</body></html>""", U, QP)],
     [c("500.00", "EUR", "BOULANGERIE MARTIN", "FA-2026-00318", "2026-11-27")], "fr-reglement-partiel-reste-a-payer")

mail("f624-fr-abby-facture-payee-lien", "Mon, 30 Nov 2026 16:48:00 +0100", "Abby <bonjour@abby.fr>",
     "🎉 Votre facture F-2026-118 a été payée !",
     [(P, """Bonjour Camille,

Groupe Vernet a réglé 1 080,00 € le lundi 30 novembre 2026 par carte bancaire via votre lien de paiement.

Facture : F-2026-118
Montant : 1 080,00 € TTC (900,00 € HT)

Le paiement sera versé sur votre compte sous 2 jours ouvrés.
""", U, QP),
      (H, """<div><p>Bonjour Camille,</p><p><b>Groupe Vernet</b> a réglé <b>1&#160;080,00&#160;&euro;</b> le lundi 30 novembre 2026 par carte bancaire via votre lien de paiement.</p>
<p>Facture : F-2026-118<br>Montant : 1&#160;080,00&#160;&euro; TTC (900,00&#160;&euro; HT)</p>
<p>Le paiement sera versé sur votre compte sous 2 jours ouvrés.</p></div>""", U, QP)],
     [c("1080.00", "EUR", "Groupe Vernet", "F-2026-118", "2026-11-30")], "fr-lien-paiement-facture-payee")

# ---- distractors: no credit
mail("f625-distractor-qonto-prelevement-a-venir", "Wed, 02 Dec 2026 09:00:00 +0100", "Qonto <no-reply@qonto.com>",
     "Prélèvement à venir : 89,00 €",
     [(P, """Bonjour Camille,

Un prélèvement SEPA de 89,00 € de URSSAF sera débité de votre compte le 05/12/2026.
Assurez-vous que votre solde est suffisant (solde actuel : 2 410,00 €).

Vous pouvez contester ce prélèvement depuis l'application.
""", U, QP)],
     [], "distractor-fr-prelevement-a-venir")

mail("f626-distractor-sumup-versement-prevu", "Wed, 02 Dec 2026 07:30:00 +0100", "SumUp <no-reply@sumup.com>",
     "Votre versement est programmé",
     [(H, """<html><body>
<p>Bonjour,</p>
<p>Votre prochain versement de <b>1&nbsp;432,17&nbsp;€</b> est programmé pour le <b>4 décembre 2026</b> sur votre compte FR76 •••• 0017.</p>
<table><tr><td>Ventes du 01/12/2026</td><td>1&nbsp;458,40&nbsp;€</td></tr>
<tr><td>Frais de transaction</td><td>-26,23&nbsp;€</td></tr>
<tr><td>Montant à verser</td><td>1&nbsp;432,17&nbsp;€</td></tr></table>
<p>Le délai de réception dépend de votre banque.</p>
</body></html>""", U, B64)],
     [], "distractor-fr-versement-programme")

mail("f627-distractor-stripe-echec", "Thu, 03 Dec 2026 09:12:00 +0100", "Stripe <notifications@stripe.com>",
     "Échec du paiement de 240,00 €",
     [(P, """Le paiement de 240,00 € de b.leclerc@orange.fr a échoué.

Motif : carte refusée (fonds insuffisants)
Description : Abonnement annuel - Pack Pro

Aucun montant n'a été crédité. Stripe réessaiera automatiquement le 06/12/2026.
""", U, E8)],
     [], "distractor-fr-paiement-echoue-client")

mail("f628-distractor-pennylane-facture-en-retard", "Tue, 01 Dec 2026 10:00:00 +0100", "Pennylane <facturation@pennylane.com>",
     "Facture F-2026-099 en attente de paiement",
     [(P, """Bonjour,

La facture F-2026-099 adressée à TRANSPORTS GIRAUD (960,00 € TTC) est en retard de 15 jours.
Montant encaissé : 0,00 €
Reste dû : 960,00 €

Souhaitez-vous envoyer une relance automatique ? Le client pourra régler par virement ou carte.
""", U, QP)],
     [], "distractor-fr-facture-en-retard")

mail("f629-distractor-lydia-demande-envoyee", "Sun, 29 Nov 2026 20:02:00 +0100", "Lydia <hello@lydia-app.com>",
     "Ta demande de 30,00 € a été envoyée",
     [(P, """Ta demande de paiement de 30,00 € a été envoyée à Paul Henry.
Objet : Places concert
Tu seras notifié dès qu'il aura payé.
""", U, B64)],
     [], "distractor-fr-demande-envoyee")

mail("f630-distractor-n26-parrainage", "Fri, 20 Nov 2026 11:00:00 +0100", "N26 <news@n26.com>",
     "Recevez jusqu'à 500 € en parrainant vos amis",
     [(H, """<html><body>
<h1>Recevez 50&nbsp;€ pour chaque ami parrainé</h1>
<p>Jusqu'à 500&nbsp;€ crédités sur votre compte d'ici le 31 décembre 2026. Votre ami reçoit lui aussi 50&nbsp;€ à son premier paiement.</p>
<p>Conditions : l'ami doit ouvrir un compte N26 et effectuer un paiement de 10,00&nbsp;€ minimum.</p>
<p style="font-size:10px">Vous recevez cet e-mail car vous êtes abonné(e) aux actualités N26.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-parrainage-credites")

mail("f631-distractor-desjardins-interac-envoye", "Wed, 02 Dec 2026 12:20:00 -0500", "Desjardins <notifications@desjardins.com>",
     "Virement Interac envoyé",
     [(P, """Bonjour Sophie,

Vous avez envoyé 200,00 $ à MARIE-ÈVE GAGNON.
Message : remboursement souper
Le destinataire recevra l'argent après avoir accepté le virement.

Frais : 0,00 $
""", U, QP)],
     [], "distractor-qc-interac-envoye")

mail("f632-distractor-alan-en-analyse", "Thu, 03 Dec 2026 08:40:00 +0100", "Alan <remboursements@alan.com>",
     "Ta demande de remboursement est en cours",
     [(P, """Bonjour Paul,

Ta demande de remboursement de 45,00 € (séance de kinésithérapie du 28/11) est en cours d'analyse.
Tu recevras ton virement sous 48 h si tout est en ordre.
""", U, E8)],
     [], "distractor-fr-remboursement-en-analyse")
