# A ninth hand-worded set, written blind (without reading the reader's code): French banks' alert services and
# French invoicing / payment tools, as a small French company receives them.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh8 fresh8-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("f801-fr-bnp-avis-credit-slash-motif", "Mon, 23 Nov 2026 06:42:00 +0100", "BNP Paribas <avis-operations@mail.bnpparibas>",
     "Avis de crédit sur votre compte",
     [(P, """BNP PARIBAS - AVIS DE CREDIT

Compte : COMPTE CHEQUES PROFESSIONNEL  N° ****0385
Titulaire : ACME CONSEIL SARL

Date d'opération   : 20.11.2026
Date de valeur     : 20.11.2026
Montant            : + 1 250,00 EUR

Libellé de l'opération :
VIR SEPA RECU /DE SARL LES JARDINS DU MIDI /MOTIF FACT 2026-118 ACOMPTE /REF 0004512PRO77

Ce document ne constitue pas un relevé de compte. Les frais éventuels (0,00 EUR) figureront
sur votre prochain relevé. BNP Paribas SA au capital de 2 294 954 818 EUR - 662 042 449 RCS Paris.
""", L, QP)],
     [c("1250.00", "EUR", "SARL LES JARDINS DU MIDI", "FACT 2026-118 ACOMPTE", "2026-11-20")], "fr-avis-credit-slash-de-motif-ref")

mail("f802-fr-sg-releve-operations-du-jour", "Tue, 24 Nov 2026 07:05:00 +0100", "Société Générale <relevejour@particuliers.societegenerale.fr>",
     "Votre relevé d'opérations du jour - compte ****2291",
     [(H, """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Madame, Monsieur,</p>
<p>Voici les opérations enregistrées hier sur votre compte <b>Jazz Pro n°&nbsp;****2291</b> (montants en euros).</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#e9041e;color:#fff"><th>Date opé.</th><th>Date valeur</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>
<tr><td>23/11/2026</td><td>23/11/2026</td><td>VIR INST RE 482913 DE: ELECTRO SERVICES 33<br>MOTIF: FA-7781</td><td></td><td align="right">2&nbsp;964,00</td></tr>
<tr><td>23/11/2026</td><td>23/11/2026</td><td>PRLV SEPA URSSAF AQUITAINE<br>ECH/231126 ID EMETTEUR/FR82ZZZ000425</td><td align="right">1&nbsp;118,00</td><td></td></tr>
<tr><td>23/11/2026</td><td>24/11/2026</td><td>REM CHQ N 8845123 2 CHQ</td><td></td><td align="right">740,00</td></tr>
<tr><td>23/11/2026</td><td>23/11/2026</td><td>AVOIR CARTE 4974XXXXXXXX1180 21/11 LEROY MERLIN BORDEAUX</td><td></td><td align="right">64,90</td></tr>
</table>
<p>Solde au 23/11/2026 au soir : <b>14&nbsp;602,35&nbsp;EUR</b> (créditeur)</p>
<p style="font-size:10px;color:#666">Service Relevé Jour : 2,10 EUR par mois. Société Générale, S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris.</p>
</body></html>""", U, QP)],
     [c("2964.00", "EUR", "ELECTRO SERVICES 33", "FA-7781", "2026-11-23"),
      c("740.00", "EUR", None, None, "2026-11-23"),
      c("64.90", "EUR", "LEROY MERLIN BORDEAUX", None, "2026-11-23")], "fr-sg-colonnes-date-ope-valeur-debit-credit")

mail("f803-fr-ca-sms-transfere", "Tue, 24 Nov 2026 09:31:00 +0100", "Julien Perrin <julien@acme-conseil.fr>",
     "TR: SMS banque - virement Lebrun",
     [(P, """Salut,

Je te transfère le SMS du Crédit Agricole reçu ce matin, c'est le solde du chantier Lebrun, tu peux lettrer la facture.

Julien

---------- SMS transféré ----------
De : CA ALPES PROVENCE (38100)
Date : mar. 24 nov. 2026 08:12

CA Alpes Provence: Credit de 3450,00EUR le 24/11 sur cpte ****7781 VIR DE M. OU MME LEBRUN PATRICK. Solde 12871,45EUR. STOP alertes au 38100
""", U, E8)],
     [c("3450.00", "EUR", "M. OU MME LEBRUN PATRICK", None, "2026-11-24")], "fr-sms-transfere-credit-de-vir-de")

mail("f804-fr-lcl-mouvement-point-milliers", "Tue, 24 Nov 2026 12:20:00 +0100", "LCL <ne-pas-repondre@info.lcl.fr>",
     "LCL - Mouvement sur votre compte",
     [(P, """LCL Alertes

Un mouvement de +2.480,00 € a été enregistré sur votre compte courant ****4410 le 24/11/2026.

Libellé : VIREMENT DE M. RENAUD THOMAS
Libellé complémentaire : LOYER LOCAL DEC 2026

Votre solde : 9.117,02 €
""", U, QP),
      (H, """<html><body><table width="100%" style="font-family:Verdana">
<tr><td style="background:#003e7e;color:#fff;padding:8px">LCL Alertes</td></tr>
<tr><td>Un mouvement de <strong style="color:#2a8c2a">+2.480,00&nbsp;&euro;</strong> a été enregistré sur votre compte courant ****4410 le 24/11/2026.</td></tr>
<tr><td>Libellé : VIREMENT DE M. RENAUD THOMAS<br>Libellé complémentaire : LOYER LOCAL DEC 2026</td></tr>
<tr><td>Votre solde : 9.117,02&nbsp;&euro;</td></tr>
</table></body></html>""", U, QP)],
     [c("2480.00", "EUR", "M. RENAUD THOMAS", "LOYER LOCAL DEC 2026", "2026-11-24")], "fr-lcl-point-milliers-libelle-complementaire")

mail("f805-fr-cic-avis-opere-achat", "Tue, 24 Nov 2026 17:48:00 +0100", "CIC <bourse@cic.fr>",
     "Avis d'opéré - Ordre exécuté",
     [(P, """AVIS D'OPERE

Compte-titres ordinaire n° ****6620 - ACME CONSEIL SARL

Sens           : ACHAT
Valeur         : AIR LIQUIDE (FR0000120073)
Quantité       : 20
Cours          : 168,40 EUR
Montant brut   : 3 368,00 EUR
Courtage       : 12,63 EUR
Montant net    : 3 380,63 EUR au débit de votre compte espèces
Date d'exécution : 24/11/2026   Date de règlement : 26/11/2026

Le montant net sera débité de votre compte courant associé à la date de règlement.
""", L, QP)],
     [], "distractor-fr-avis-opere-achat-titres")

mail("f806-fr-credit-mutuel-remise-cheques-eur-avant", "Wed, 25 Nov 2026 08:02:00 +0100", "Crédit Mutuel <ne-pas-repondre@e.creditmutuel.fr>",
     "Opération au crédit de votre compte",
     [(P, """Crédit Mutuel - Service d'alertes par e-mail

Opération au crédit : EUR 4780,00
Date : 25-11-2026
Nature : REMISE CHEQUE(S) N°0001234 - 3 CHEQUE(S)
Compte : EUROCOMPTE PRO ****5517

Les chèques remis sont crédités sous réserve d'encaissement.
""", L, E8)],
     [c("4780.00", "EUR", None, None, "2026-11-25")], "fr-remise-cheques-eur-prefixe")

mail("f807-fr-banque-populaire-cr-db", "Wed, 25 Nov 2026 20:15:00 +0100", "Banque Populaire <cyberplus@alertes.banquepopulaire.fr>",
     "Vos opérations du 25/11/2026",
     [(P, """BANQUE POPULAIRE AUVERGNE RHONE ALPES
Cyberplus - Synthèse des opérations du 25/11/2026
Compte ****0917  ACME CONSEIL

DATE   LIBELLE                                              MONTANT
25/11  VIR SEPA RECU DE: TRANSPORTS GIRAUD REF: F2026-311    980,00 CR
25/11  PRLV SEPA DIAC LOCATION CONTRAT 7712                  412,33 DB
25/11  VERSEMENT ESPECES AGENCE VILLEURBANNE                 600,00 CR

SOLDE FIN DE JOURNEE                                       7 204,18 CR
""", L, QP)],
     [c("980.00", "EUR", "TRANSPORTS GIRAUD", "F2026-311", "2026-11-25"),
      c("600.00", "EUR", None, None, "2026-11-25")], "fr-cr-db-suffixe-synthese")

mail("f808-fr-caisse-epargne-b64-espace-fine", "Thu, 26 Nov 2026 10:44:00 +0100", "Caisse d'Epargne <alerte@info.caisse-epargne.fr>",
     "Alerte Crédit",
     [(H, """<html><body style="font-family:Arial">
<div style="background:#c9002b;color:#fff;padding:6px"><b>Caisse d'Epargne Rhône Alpes</b></div>
<p>Bonjour,</p>
<p>Votre compte courant n°&#160;****3306 a été crédité de <b>15&#8239;000,00&nbsp;&euro;</b> le 26/11/2026.</p>
<table cellpadding="3">
<tr><td>Émetteur :</td><td>SCI DES TILLEULS</td></tr>
<tr><td>Objet :</td><td>DEPOT GARANTIE BAIL COMMERCIAL</td></tr>
</table>
<p style="font-size:11px">Vous souhaitez épargner ? Livret A : 1,70&#160;% net. Dépôt minimum 10&#160;&euro;.</p>
</body></html>""", U, B64)],
     [c("15000.00", "EUR", "SCI DES TILLEULS", "DEPOT GARANTIE BAIL COMMERCIAL", "2026-11-26")], "fr-b64-espace-fine-emetteur-objet")

mail("f809-fr-banque-postale-date-en-mots", "Thu, 26 Nov 2026 14:00:00 +0100", "La Banque Postale <avis@info.labanquepostale.fr>",
     "Avis de virement reçu",
     [(P, """Madame, Monsieur,

Nous vous informons que votre compte professionnel n° ****21R a été crédité le jeudi 26 novembre 2026
d'un virement de 735,60 euros émis par MAIRIE DE SAINT-PRIEST.

Référence communiquée par l'émetteur : MANDAT 2026-004518 BORD 771

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

La Banque Postale - SA à Directoire et Conseil de surveillance au capital de 6 585 350 218 euros.
""", L, QP)],
     [c("735.60", "EUR", "MAIRIE DE SAINT-PRIEST", "MANDAT 2026-004518 BORD 771", "2026-11-26")], "fr-emis-par-date-en-toutes-lettres")

mail("f810-fr-boursobank-virement-emis", "Thu, 26 Nov 2026 16:22:00 +0100", "BoursoBank <noreply@notification.boursobank.com>",
     "Votre virement a bien été émis",
     [(H, """<html><body>
<p>Bonjour,</p>
<p>Votre virement de <b>2&nbsp;000,00 €</b> vers <b>IMPRIMERIE DU CENTRE</b> a bien été émis le 26/11/2026.</p>
<p>Motif : FACTURE 4471<br>Compte débité : Compte pro ****8120</p>
<p>Le bénéficiaire recevra les fonds sous 1 jour ouvré.</p>
<hr><p style="font-size:11px">Parrainez vos proches : jusqu'à 150 € offerts pour chaque filleul ! BoursoBank, marque de Boursorama SA.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-virement-emis-beneficiaire-recevra")

mail("f811-fr-fortuneo-remboursement-carte", "Fri, 27 Nov 2026 08:10:00 +0100", "Fortuneo <alertes@fortuneo.fr>",
     "Remboursement sur votre carte",
     [(P, """Bonjour,

Un remboursement a été effectué sur votre carte Gold CB Mastercard ****2207 :

+ 89,90 € de DECATHLON LYON
Opération du 26/11/2026, portée au crédit de votre compte le 27/11/2026.

Pour rappel, votre plafond de paiement est de 3 000,00 € sur 30 jours glissants.
Fortuneo, marque commerciale d'Arkéa Direct Bank.
""", U, QP)],
     [c("89.90", "EUR", "DECATHLON LYON", None, "2026-11-27")], "fr-remboursement-carte-plus-de")

mail("f812-fr-hellobank-compte-debiteur", "Fri, 27 Nov 2026 09:00:00 +0100", "Hello bank! <alertes@hellobank.fr>",
     "Alerte : votre compte est débiteur",
     [(H, """<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Le solde de votre compte Hello Business ****5523 est débiteur : <b>-312,40&nbsp;€</b> au 27/11/2026.</p>
<p>Pour éviter des frais, nous vous invitons à créditer votre compte par un virement ou un dépôt.
Votre autorisation de découvert est de 500,00 €.</p>
<p>Dernière opération : PRLV SEPA ORANGE SA &nbsp; -89,99 €</p>
<p style="font-size:10px">Hello bank! est une marque de BNP Paribas.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-compte-debiteur-crediter")

mail("f813-fr-monabanq-type-virement-recu", "Fri, 27 Nov 2026 11:35:00 +0100", "Monabanq <service-alertes@monabanq.com>",
     "Alerte Mouvement",
     [(P, """Monabanq - Alerte Mouvement

Type d'opération .......... Virement reçu
Montant ................... 640,00 EUR
Donneur d'ordre ........... ASSOCIATION SPORTIVE ST-JEAN
Libellé ................... COTISATION PARTENAIRE SAISON 26-27
Date ...................... 27/11/26

Monabanq, une banque du Crédit Mutuel Alliance Fédérale.
""", L, E8)],
     [c("640.00", "EUR", "ASSOCIATION SPORTIVE ST-JEAN", "COTISATION PARTENAIRE SAISON 26-27", "2026-11-27")], "fr-points-de-suite-donneur-ordre")

mail("f814-fr-palatine-swift-compte-usd", "Fri, 27 Nov 2026 15:50:00 +0100", "Banque Palatine <avis.operations@palatine.fr>",
     "Avis d'opération - Rapatriement reçu",
     [(P, """BANQUE PALATINE
AVIS D'OPERATION - RAPATRIEMENT (VIREMENT INTERNATIONAL RECU)

Compte crédité        : COMPTE EN DEVISES USD  ****4402
Montant               : USD 8 420,00
Date de valeur        : 27/11/2026
Donneur d'ordre       : NORTHWIND TRADING LLC
Adresse donneur       : 1201 THIRD AVE, SEATTLE WA 98101, USA
Banque émettrice      : JPMORGAN CHASE BANK NA (CHASUS33)
Motif de paiement     : INV 2026-077 CONSULTING Q3
Frais à votre charge  : 0,00 USD (OUR)

A titre indicatif, contre-valeur au cours du jour : 7 812,34 EUR.
""", L, QP)],
     [c("8420.00", "USD", "NORTHWIND TRADING LLC", "INV 2026-077 CONSULTING Q3", "2026-11-27")], "fr-rapatriement-compte-devises-usd")

mail("f815-fr-credit-cooperatif-montant-sujet", "Mon, 30 Nov 2026 07:55:00 +0100", "Crédit Coopératif <alertes@credit-cooperatif.coop>",
     "Opération créditrice : 2 300,00 €",
     [(P, """Crédit Coopératif - Coopami alertes

Compte : ****1180
Libellé : VIR SEPA CONSEIL DEPARTEMENTAL DU GARD REF SUBV FONCT 2026 DOSSIER 1142
Date de valeur : 30/11/2026

Ce message est généré automatiquement.
""", U, E8)],
     [c("2300.00", "EUR", "CONSEIL DEPARTEMENTAL DU GARD", "SUBV FONCT 2026 DOSSIER 1142", "2026-11-30")], "fr-montant-dans-sujet-seulement")

mail("f816-fr-memo-bank-flux-du-jour", "Mon, 30 Nov 2026 19:00:00 +0100", "Memo Bank <rapport@memo.bank>",
     "Vos flux du lundi 30 novembre",
     [(P, """Vos flux du lundi 30 novembre 2026

ENCAISSEMENTS (3) .......................... 14 250,00 €
  Groupe Hexa Industrie SAS        9 600,00 €   PO 45002 / MB-2026-311
  Maison Lenoir SARL               3 150,00 €   Facture MB-2026-305
  Dr. Anaïs Colin                  1 500,00 €   Acompte mission audit

DÉCAISSEMENTS (2) ........................... 5 980,00 €
  DGFIP TVA                        5 400,00 €   TVA OCT 2026
  OVH SAS                            580,00 €   FR26-8841

Solde de clôture : 61 204,77 €
""", U, QP),
      (H, """<div style="font-family:Inter,Arial"><h2>Vos flux du lundi 30 novembre 2026</h2>
<h3>Encaissements (3) &mdash; 14&#8239;250,00&nbsp;&euro;</h3>
<table cellpadding="4">
<tr><td>Groupe Hexa Industrie SAS</td><td align="right">9&#8239;600,00&nbsp;&euro;</td><td>PO 45002 / MB-2026-311</td></tr>
<tr><td>Maison Lenoir SARL</td><td align="right">3&#8239;150,00&nbsp;&euro;</td><td>Facture MB-2026-305</td></tr>
<tr><td>Dr. Anaïs Colin</td><td align="right">1&#8239;500,00&nbsp;&euro;</td><td>Acompte mission audit</td></tr>
</table>
<h3>Décaissements (2) &mdash; 5&#8239;980,00&nbsp;&euro;</h3>
<table cellpadding="4">
<tr><td>DGFIP TVA</td><td align="right">5&#8239;400,00&nbsp;&euro;</td><td>TVA OCT 2026</td></tr>
<tr><td>OVH SAS</td><td align="right">580,00&nbsp;&euro;</td><td>FR26-8841</td></tr>
</table>
<p>Solde de clôture : 61&#8239;204,77&nbsp;&euro;</p></div>""", U, QP)],
     [c("9600.00", "EUR", "Groupe Hexa Industrie SAS", "PO 45002 / MB-2026-311", "2026-11-30"),
      c("3150.00", "EUR", "Maison Lenoir SARL", "Facture MB-2026-305", "2026-11-30"),
      c("1500.00", "EUR", "Dr. Anaïs Colin", "Acompte mission audit", "2026-11-30")], "fr-encaissements-decaissements-sections")

mail("f817-fr-indy-compte-pro-categoriser", "Tue, 01 Dec 2026 08:40:00 +0100", "Indy <notifications@indy.fr>",
     "💰 +900,00 € sur ton compte Indy",
     [(P, """Hello Camille,

Tu viens de recevoir un virement sur ton compte pro Indy.

  +900,00 €
  LEMAIRE CONSULTING
  « Facture 12 - atelier stratégie »
  01/12/2026

Pense à catégoriser cette transaction pour que ta compta soit à jour : 30 secondes suffisent !

Indy - compte pro opéré par Swan, établissement de monnaie électronique agréé par l'ACPR.
""", U, QP)],
     [c("900.00", "EUR", "LEMAIRE CONSULTING", "Facture 12 - atelier stratégie", "2026-12-01")], "fr-indy-bloc-guillemets-categoriser")

mail("f818-fr-pennylane-facture-rapprochee", "Tue, 01 Dec 2026 10:05:00 +0100", "Pennylane <no-reply@pennylane.com>",
     "La facture F-2026-0231 est payée",
     [(H, """<html><body style="font-family:Arial">
<p>Bonjour Camille,</p>
<p>Bonne nouvelle&nbsp;! La facture <b>F-2026-0231</b> émise à <b>Studio Nébuleuse</b> a été rapprochée automatiquement d'une transaction bancaire.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Montant de la facture</td><td>1&nbsp;800,00&nbsp;€ TTC</td></tr>
<tr><td>Transaction</td><td>+1&nbsp;800,00&nbsp;€ le 30/11/2026 &ndash; VIR SEPA STUDIO NEBULEUSE</td></tr>
<tr><td>Statut</td><td>Payée</td></tr>
</table>
<p>Il vous reste <b>4 factures</b> en attente de paiement pour un total de 6&nbsp;240,00&nbsp;€.</p>
</body></html>""", U, QP)],
     [c("1800.00", "EUR", "Studio Nébuleuse", "F-2026-0231", "2026-11-30")], "fr-pennylane-rapprochement-facture-payee")

mail("f819-fr-tiime-encaissement", "Tue, 01 Dec 2026 13:12:00 +0100", "Tiime <hello@tiime.fr>",
     "Nouvel encaissement détecté",
     [(P, """Bonjour,

Tiime a détecté un nouvel encaissement sur votre compte synchronisé (CIC ****0071) :

Date : 1 déc. 2026
Montant : 1 320,00 EUR
Libellé bancaire : VIR SEPA RECU DE PHARMACIE DU PARC REF FA00087
Justificatif associé : facture FA00087 (Pharmacie du Parc) - payée

Vos indicateurs : CA encaissé de novembre : 18 940,00 EUR
""", U, B64)],
     [c("1320.00", "EUR", "PHARMACIE DU PARC", "FA00087", "2026-12-01")], "fr-tiime-encaissement-detecte-libelle-bancaire")

mail("f820-fr-axonaut-paiements-recus", "Tue, 01 Dec 2026 18:30:00 +0100", "Axonaut <notification@axonaut.com>",
     "2 paiements reçus aujourd'hui",
     [(H, """<html><body style="font-family:Helvetica">
<p>Bonjour,</p>
<p>Les paiements suivants ont été enregistrés aujourd'hui, mardi 1er décembre 2026 :</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Client</th><th>Facture</th><th>Mode</th><th>Montant</th></tr>
<tr><td>Boulangerie Ferrand</td><td>FAC-00412</td><td>Virement</td><td>456,00 €</td></tr>
<tr><td>Garage des Trois Ponts</td><td>FAC-00398</td><td>Chèque</td><td>1 212,50 €</td></tr>
</table>
<p>Total encaissé : 1 668,50 €. Factures en retard : 3 (2 904,00 €).</p>
</body></html>""", U, QP)],
     [c("456.00", "EUR", "Boulangerie Ferrand", "FAC-00412", "2026-12-01"),
      c("1212.50", "EUR", "Garage des Trois Ponts", "FAC-00398", "2026-12-01")], "fr-axonaut-tableau-client-facture-mode")

mail("f821-fr-libeo-paiement-fournisseur-programme", "Wed, 02 Dec 2026 08:00:00 +0100", "Libeo <notifications@libeo.io>",
     "Paiement programmé : 1 200,00 € pour Menuiserie Vidal",
     [(P, """Bonjour Camille,

Votre paiement a été validé et sera exécuté le 07/12/2026.

Fournisseur : Menuiserie Vidal
Facture : MV-2026-1187
Montant : 1 200,00 €
Compte débité : BNP Paribas ****0385

Menuiserie Vidal recevra un e-mail de confirmation lorsque le virement sera envoyé.
Astuce : invitez vos fournisseurs sur Libeo et recevez 50 € de crédit offert.
""", U, QP)],
     [], "distractor-fr-libeo-paiement-fournisseur-programme")

mail("f822-fr-agicap-encaissements-attendus", "Wed, 02 Dec 2026 07:30:00 +0100", "Agicap <digest@agicap.com>",
     "Votre point trésorerie de la semaine",
     [(H, """<html><body style="font-family:Arial">
<h2>Point trésorerie &ndash; semaine 49</h2>
<p>Trésorerie actuelle (tous comptes) : <b>82&nbsp;415,30&nbsp;€</b></p>
<table cellpadding="4">
<tr><td>Encaissements attendus cette semaine</td><td align="right">+12&nbsp;400,00&nbsp;€</td></tr>
<tr><td>Décaissements prévus</td><td align="right">-9&nbsp;870,00&nbsp;€</td></tr>
<tr><td>Trésorerie prévisionnelle au 06/12</td><td align="right">84&nbsp;945,30&nbsp;€</td></tr>
</table>
<p>Client à relancer : <b>Garage des Trois Ponts</b> &ndash; 2&nbsp;904,00&nbsp;€ en retard de 18 jours.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-agicap-previsionnel-encaissements-attendus")

mail("f823-fr-dougs-transaction-a-justifier", "Wed, 02 Dec 2026 09:15:00 +0100", "Dougs <bonjour@dougs.fr>",
     "1 nouvelle transaction à justifier",
     [(P, """Bonjour Camille,

Une nouvelle transaction est arrivée sur votre compte Qonto et attend son justificatif :

   01/12/2026   VIR INST RE 559120 DE: ATELIER CERAMIQUE NOVA   +540,00 €

Ajoutez la facture correspondante depuis l'application Dougs pour que votre comptable puisse la catégoriser.

Il vous reste 6 transactions à justifier (dont 2 dépenses de plus de 1 000 €).
""", U, E8)],
     [c("540.00", "EUR", "ATELIER CERAMIQUE NOVA", None, "2026-12-01")], "fr-dougs-transaction-a-justifier-vir-inst-re")

mail("f824-fr-alma-remboursement-client", "Wed, 02 Dec 2026 11:02:00 +0100", "Alma <marchands@getalma.eu>",
     "Remboursement effectué pour la commande A-5520",
     [(P, """Bonjour,

Le remboursement de 450,00 € pour la commande A-5520 de Sophie Girard a bien été effectué.

Paiement initial : 1 450,00 € en 4 fois
Montant remboursé au client : 450,00 €
Ce montant sera déduit de votre prochain versement Alma.

L'équipe Alma
""", U, QP)],
     [], "distractor-fr-alma-remboursement-client-deduit")

mail("f825-fr-malt-facture-payee-fonds-disponibles", "Wed, 02 Dec 2026 14:25:00 +0100", "Malt <noreply@malt.fr>",
     "Votre client a payé votre facture",
     [(H, """<html><body style="font-family:Arial">
<p>Bonjour Camille,</p>
<p><b>Société Alpine Data</b> a réglé votre facture <b>n°&nbsp;MLT-2026-88412</b> pour la mission «&nbsp;Refonte du tableau de bord&nbsp;».</p>
<p>Montant versé sur votre compte Malt&nbsp;: <b>3&nbsp;150,00&nbsp;&euro;</b><br>
(Montant facturé : 3&nbsp;500,00&nbsp;&euro; &ndash; frais de service Malt : 350,00&nbsp;&euro;)</p>
<p>Les fonds sont disponibles depuis le 02/12/2026. Le virement vers votre banque est automatique chaque lundi.</p>
</body></html>""", U, QP)],
     [c("3150.00", "EUR", "Société Alpine Data", "MLT-2026-88412", "2026-12-02")], "fr-malt-net-apres-frais-service")

mail("f826-fr-cdlc-paiement-facture", "Wed, 02 Dec 2026 16:40:00 +0100", "Crème de la Crème <paiements@cremedelacreme.io>",
     "Paiement de votre facture CDLC-4471",
     [(P, """Bonjour Camille,

Nous avons le plaisir de vous informer que votre facture CDLC-4471 (mission Lumen Retail - novembre 2026)
a été payée.

Montant TTC : 6 480,00 EUR
Date du virement : 2 décembre 2026
Le virement a été émis vers votre IBAN FR76 **** **** **** 0385 et apparaîtra sur votre compte sous 24 à 48 h.

Crème de la Crème
""", U, QP)],
     [c("6480.00", "EUR", None, "CDLC-4471", "2026-12-02")], "fr-cdlc-virement-emis-vers-iban")

mail("f827-fr-comet-paiement-a-date", "Thu, 03 Dec 2026 08:05:00 +0100", "Comet <freelances@comet.co>",
     "Votre facture a été validée",
     [(P, """Bonjour Camille,

Votre facture COM-2026-1190 de 4 200,00 € HT (5 040,00 € TTC) a été validée par le client.

Elle sera payée le 15/12/2026, conformément à vos conditions (paiement à 30 jours).
Besoin de ton argent plus tôt ? Active le paiement anticipé pour 1,5 % de frais.

L'équipe Comet
""", U, E8)],
     [], "distractor-fr-comet-facture-validee-sera-payee")

mail("f828-fr-lemonway-reception-fonds-wallet", "Thu, 03 Dec 2026 09:20:00 +0100", "Lemonway <notifications@lemonway.com>",
     "Fonds reçus sur votre compte de paiement",
     [(H, """<html><body>
<table width="560" style="font-family:Arial;font-size:13px">
<tr><td colspan="2"><b>Réception de fonds</b></td></tr>
<tr><td>Compte de paiement</td><td>ACME-CONSEIL-001</td></tr>
<tr><td>Type</td><td>Money-in par virement (IBAN dédié)</td></tr>
<tr><td>Montant</td><td>EUR&nbsp;2&nbsp;075,00</td></tr>
<tr><td>Émetteur</td><td>COOPERATIVE VITICOLE DE CAIRANNE</td></tr>
<tr><td>Commentaire</td><td>COMMANDE 2026-C-118</td></tr>
<tr><td>Date</td><td>03/12/2026 09:17</td></tr>
<tr><td>Solde disponible</td><td>EUR&nbsp;5&nbsp;912,40</td></tr>
</table></body></html>""", U, B64)],
     [c("2075.00", "EUR", "COOPERATIVE VITICOLE DE CAIRANNE", "COMMANDE 2026-C-118", "2026-12-03")], "fr-lemonway-money-in-iban-dedie")

mail("f829-fr-finom-paiement-entrant", "Thu, 03 Dec 2026 10:48:00 +0100", "Finom <noreply@finom.co>",
     "Paiement entrant de 2 100,00 €",
     [(P, """Paiement entrant

De : Julie Besson EI
Montant : 2 100,00 €
Référence : Devis D-2026-031 signé - 30 %
Reçu le : 03.12.2026

Vous avez gagné 21,00 € de cashback ce mois-ci grâce à vos paiements par carte.
""", U, QP)],
     [c("2100.00", "EUR", "Julie Besson EI", "Devis D-2026-031 signé - 30 %", "2026-12-03")], "fr-finom-de-montant-reference-recu-le")

mail("f830-fr-nickel-depot-especes", "Thu, 03 Dec 2026 12:30:00 +0100", "Nickel <noreply@nickel.eu>",
     "Dépôt d'espèces confirmé",
     [(P, """Dépôt d'espèces confirmé

Tu as déposé 300,00 € en espèces sur ton compte Nickel le 03/12/2026 à 12:27
au point Nickel TABAC LE DIPLOMATE, 12 rue Gambetta, Lille.
Frais de dépôt : 6,00 € (2 %).

Nouveau solde : 1 418,62 €
""", U, E8)],
     [c("300.00", "EUR", None, None, "2026-12-03")], "fr-nickel-depot-especes-buraliste")

mail("f831-fr-ca-cheque-impaye", "Thu, 03 Dec 2026 14:10:00 +0100", "Crédit Agricole <alertes@ca-toulouse31.fr>",
     "Alerte opération : chèque remis impayé",
     [(P, """Crédit Agricole Toulouse 31 - Alerte opération

Le chèque n° 0612345 d'un montant de 450,00 EUR, que vous aviez remis à l'encaissement le 24/11/2026
(REMISE N 7710213), nous a été retourné impayé pour le motif : PROVISION INSUFFISANTE.

Opération : CHQ REMIS IMPAYE 0612345      - 450,00 EUR   débitée le 03/12/2026
Frais de traitement : 16,50 EUR

Le chèque original vous sera adressé par courrier.
""", L, QP)],
     [], "distractor-fr-cheque-remis-impaye")

mail("f832-fr-bnp-alerte-credits-superieurs-seuil", "Thu, 03 Dec 2026 19:00:00 +0100", "BNP Paribas <mesalertes@bnpparibas.com>",
     "Mes Alertes - Opérations au crédit supérieures à 500,00 EUR",
     [(H, """<html><body style="font-family:Arial;font-size:13px">
<p>Bonjour,</p>
<p>Conformément à vos paramètres Mes Alertes, voici les opérations au crédit supérieures à 500,00&nbsp;EUR enregistrées le 03/12/2026 sur votre compte ****0385&nbsp;:</p>
<table cellpadding="4" border="0">
<tr><td>03/12/2026</td><td>VIR SEPA RECU /DE CABINET DENTAIRE MOREAU /MOTIF FACTURE N 2026-131 /REF NOTPROVIDED</td><td align="right" style="color:green">+ 1&#160;020,00 &#8364;</td></tr>
<tr><td>03/12/2026</td><td>VIR SEPA RECU /DE SAS ORBITAL MEDIA /MOTIF ACOMPTE 30% DEVIS 2026-044 /REF E2E-88120A</td><td align="right" style="color:green">+ 5&#160;000,00 &#8364;</td></tr>
<tr><td>03/12/2026</td><td>REMBT CARTE 4974XXXXXXXX0385 01/12 AIR FRANCE WEB</td><td align="right" style="color:green">+ 612,80 &#8364;</td></tr>
</table>
<p>Pour modifier vos seuils, rendez-vous dans votre espace client, rubrique Mes Alertes.</p>
</body></html>""", U, QP)],
     [c("1020.00", "EUR", "CABINET DENTAIRE MOREAU", "FACTURE N 2026-131", "2026-12-03"),
      c("5000.00", "EUR", "SAS ORBITAL MEDIA", "ACOMPTE 30% DEVIS 2026-044", "2026-12-03"),
      c("612.80", "EUR", "AIR FRANCE WEB", None, "2026-12-03")], "fr-alertes-seuil-credits-slash-libelles")
