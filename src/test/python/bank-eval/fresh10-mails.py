# An eleventh hand-worded set, written blind: one month (November 2026) of the bot's mailbox at a small French consultancy.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh10 fresh10-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fa01-fr-credit-mutuel-liste-credits", "Mon, 02 Nov 2026 19:45:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Alerte e-mail : opérations au crédit de votre compte",
     [(P, """Crédit Mutuel - Service d'alertes par e-mail

Bonjour,

Les opérations suivantes ont été enregistrées au crédit de votre compte
COMPTE COURANT PROFESSIONNEL n° 10278 08954 000207XXXXX (ACME CONSEIL SARL) :

Date      Libellé                                                   Montant
02/11/26  VIR SEPA MAISON DELORME SAS REF FA-2026-0412                1.250,00 EUR
02/11/26  VIR SEPA TRANSPORTS GIRARD ET FILS REF ACPT MISSION T4      3.000,00 EUR

Solde comptable au 02/11/2026 : 18.746,21 EUR
Découvert autorisé : 5.000,00 EUR

Pour modifier vos seuils d'alerte, rendez-vous dans votre espace client,
rubrique "Mes alertes".

Caisse Fédérale de Crédit Mutuel - Société coopérative à forme de SA au capital de 5 458 531 008 EUR.
""", L, QP)],
     [c("1250.00", "EUR", "MAISON DELORME SAS", "FA-2026-0412", "2026-11-02"),
      c("3000.00", "EUR", "TRANSPORTS GIRARD ET FILS", "ACPT MISSION T4", "2026-11-02")],
     "fr-cm-liste-credits-annee-deux-chiffres-point-milliers")

mail("fa02-fr-bnp-porte-au-credit-html", "Tue, 03 Nov 2026 16:20:00 +0100", "BNP Paribas <alertes@bnpparibas.com>",
     "Une opération a été portée au crédit de votre compte",
     [(H, """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Alerte</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00915a;padding:16px;color:#fff;font-size:18px">BNP PARIBAS &ndash; La banque d&#8217;un monde qui change</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Bonjour,</p>
<p>Nous vous informons qu&#8217;un virement d&#8217;un montant de <b>3&#8239;600,00&nbsp;&euro;</b> a &eacute;t&eacute; port&eacute; au cr&eacute;dit
de votre compte <b>Compte Pro &bull;&bull;&bull;&bull; 3021</b> le <b>mardi 3 novembre 2026</b>.</p>
<p>&Eacute;metteur du virement&nbsp;: ARCHIPEL HABITAT<br>
R&eacute;f&eacute;rence communiqu&eacute;e par l&#8217;&eacute;metteur&nbsp;: MARCHE 2026-17 SITUATION 2</p>
<p>Vous pouvez consulter le d&eacute;tail de cette op&eacute;ration dans votre application Mes Comptes.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Nouveau&nbsp;: jusqu&#8217;&agrave; 150&nbsp;&euro; offerts pour l&#8217;ouverture d&#8217;un compte pro par un filleul.
BNP Paribas SA au capital de 2&#8239;294&#8239;954&#8239;818&nbsp;&euro; &ndash; 662 042 449 RCS Paris.</td></tr>
</table></body></html>""", U, QP)],
     [c("3600.00", "EUR", "ARCHIPEL HABITAT", "MARCHE 2026-17 SITUATION 2", "2026-11-03")],
     "fr-bnp-html-porte-au-credit-jour-semaine-nnbsp")

mail("fa03-fr-managerone-transaction-entrante", "Wed, 04 Nov 2026 10:03:00 +0100", "Manager.one <notifications@manager.one>",
     "Nouvelle transaction entrante",
     [(P, """Nouvelle transaction entrante

+ 840,00 €

De : Atelier Nomade
Libellé : Facture 2026-0415 atelier design thinking
Date : 04 nov. 2026
Compte : Acme Conseil - Principal

Retrouvez cette transaction et ajoutez son justificatif depuis votre espace.
""", U, B64),
      (H, """<html><body style="font-family:Inter,Arial,sans-serif;color:#1b1b3a">
<div style="max-width:520px;margin:auto;border:1px solid #e4e4f0;border-radius:12px;padding:24px">
<p style="font-size:13px;color:#7a7a99;margin:0">Nouvelle transaction entrante</p>
<p style="font-size:32px;font-weight:700;color:#1aa260;margin:8px 0">+&nbsp;840,00&nbsp;&euro;</p>
<table style="font-size:14px" cellpadding="3">
<tr><td style="color:#7a7a99">De</td><td>Atelier Nomade</td></tr>
<tr><td style="color:#7a7a99">Libell&eacute;</td><td>Facture 2026-0415 atelier design thinking</td></tr>
<tr><td style="color:#7a7a99">Date</td><td>04 nov. 2026</td></tr>
<tr><td style="color:#7a7a99">Compte</td><td>Acme Conseil - Principal</td></tr>
</table>
<p style="font-size:12px">Retrouvez cette transaction et ajoutez son justificatif depuis votre espace.</p>
</div></body></html>""", U, B64)],
     [c("840.00", "EUR", "Atelier Nomade", "Facture 2026-0415 atelier design thinking", "2026-11-04")],
     "fr-managerone-carte-signe-espace-multipart-b64")

mail("fa04-fr-lbp-synthese-jour-colonne-nature", "Thu, 05 Nov 2026 21:10:00 +0100", "La Banque Postale <ne-pas-repondre@labanquepostale.fr>",
     "Synthèse de vos opérations du jeudi 5 novembre 2026",
     [(H, """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#003DA5">Synth&egrave;se de vos op&eacute;rations du jeudi 5 novembre 2026</h3>
<p>Compte professionnel ACME CONSEIL SARL &ndash; n&deg; ******4410K</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#ccd">
<tr style="background:#e8eef8"><th>Nature</th><th>Tiers</th><th>D&eacute;tail</th><th>Montant</th></tr>
<tr><td>Virement re&ccedil;u</td><td>SARL CAFE DES ARTS</td><td>FACTURE 2026-0398</td><td align="right">1&nbsp;480,00&nbsp;&euro;</td></tr>
<tr><td>Pr&eacute;l&egrave;vement</td><td>FREE PRO</td><td>FACTURE INTERNET NOV</td><td align="right">39,99&nbsp;&euro;</td></tr>
<tr><td>Virement re&ccedil;u</td><td>LUCIE BERTRAND</td><td>COACHING OCTOBRE</td><td align="right">450,00&nbsp;&euro;</td></tr>
<tr><td>Paiement carte</td><td>SNCF CONNECT</td><td>04/11 LYON-PARIS</td><td align="right">112,00&nbsp;&euro;</td></tr>
<tr><td>Virement instantan&eacute; re&ccedil;u</td><td>ASSOCIATION LES ECHAPPEES</td><td>COTIS FORMATION 2026</td><td align="right">2&nbsp;150,00&nbsp;&euro;</td></tr>
</table>
<p>Solde en fin de journ&eacute;e&nbsp;: <strong>24&nbsp;317,45&nbsp;&euro;</strong></p>
<p style="font-size:10px;color:#777">La Banque Postale &ndash; SA &agrave; Directoire et Conseil de surveillance &ndash; 421 100 645 RCS Paris.</p>
</body></html>""", U, QP)],
     [c("1480.00", "EUR", "SARL CAFE DES ARTS", "FACTURE 2026-0398", "2026-11-05"),
      c("450.00", "EUR", "LUCIE BERTRAND", "COACHING OCTOBRE", "2026-11-05"),
      c("2150.00", "EUR", "ASSOCIATION LES ECHAPPEES", "COTIS FORMATION 2026", "2026-11-05")],
     "fr-lbp-html-colonne-nature-montants-non-signes")

mail("fa05-fr-wero-vous-avez-recu", "Fri, 06 Nov 2026 12:41:00 +0100", "Wero <no-reply@wero-wallet.eu>",
     "Vous avez reçu 45,00 € de Marc Lefèvre",
     [(P, """Vous avez reçu de l'argent

Marc Lefèvre vous a envoyé 45,00 € avec Wero.
Message : "Part déjeuner client 30/10"
Le 6 nov. 2026 à 12:41

L'argent est déjà sur votre compte Crédit Agricole se terminant par 0087.

Wero est un service d'EPI Company SE.
""", U, QP)],
     [c("45.00", "EUR", "Marc Lefèvre", "Part déjeuner client 30/10", "2026-11-06")],
     "fr-wero-message-guillemets-date-abregee")

mail("fa06-fr-ca-point-hebdo-signe", "Mon, 09 Nov 2026 06:30:00 +0100", "Crédit Agricole <info@ca-centrest.fr>",
     "Votre point hebdomadaire du compte",
     [(P, """Crédit Agricole Centre-Est
Votre point hebdomadaire - semaine du lundi 2 au dimanche 8 novembre 2026

Compte : CPTE PRO ACME CONSEIL N° 00012345678

Date   Opération                                                       Montant (EUR)
03/11  VIR INST RE 2611030456 DE: EURL PIXEL & CO MOTIF: FAC 2026-0402      +1250,00
04/11  PRLV SEPA DGFIP CFE 2026                                             -482,00
05/11  CB STATION U LYON 7 04/11                                             -58,12
06/11  VIR RECU DE: MR ET MME DA SILVA MOTIF: SOLDE AUDIT ENERGIE          +2300,00
06/11  VIR RECU DE: SAS ORIGAMI STUDIO MOTIF: F2026-0399 RELIQUAT           +320,00
07/11  FRAIS TENUE DE COMPTE                                                   -9,50

Total des crédits : +3870,00      Total des débits : -549,62
Solde au 08/11/2026 : 21 094,30

Ceci est un message automatique. Crédit Agricole Centre-Est, société coopérative à capital variable.
""", U, E8)],
     [c("1250.00", "EUR", "EURL PIXEL & CO", "FAC 2026-0402", "2026-11-03"),
      c("2300.00", "EUR", "MR ET MME DA SILVA", "SOLDE AUDIT ENERGIE", "2026-11-06"),
      c("320.00", "EUR", "SAS ORIGAMI STUDIO", "F2026-0399 RELIQUAT", "2026-11-06")],
     "fr-ca-point-hebdo-signe-sans-milliers-de-motif")

mail("fa07-en-wise-just-arrived-balance", "Tue, 10 Nov 2026 08:14:00 +0100", "Wise <noreply@wise.com>",
     "€2,400.00 just arrived in your EUR balance",
     [(H, """<html><body style="font-family:Averta,Helvetica,sans-serif;color:#163300">
<p style="font-size:22px;font-weight:bold">&euro;2,400.00 just arrived</p>
<p>Hi Acme Conseil SARL,</p>
<p><b>Nordhaven Design AB</b> sent you &euro;2,400.00. It&#39;s now in your EUR balance.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#6a6a6a">From</td><td>Nordhaven Design AB</td></tr>
<tr><td style="color:#6a6a6a">Reference</td><td>INV-ACME-0407</td></tr>
<tr><td style="color:#6a6a6a">Received</td><td>10 November 2026</td></tr>
<tr><td style="color:#6a6a6a">Fee</td><td>&euro;0.00</td></tr>
</table>
<p>Want to move it to your bank? Sending EUR from Wise costs from 0.41%.</p>
<p style="font-size:11px;color:#888">Wise Europe SA, Rue du Tr&ocirc;ne 100, 1050 Brussels.</p>
</body></html>""", U, QP)],
     [c("2400.00", "EUR", "Nordhaven Design AB", "INV-ACME-0407", "2026-11-10")],
     "en-wise-just-arrived-balance-reference-row")

mail("fa08-fwd-fr-boursobank-note-avant", "Tue, 10 Nov 2026 09:17:00 +0100", "Claire Vasseur <claire.vasseur@acme-conseil.fr>",
     "TR: Nouvelle opération sur votre compte Pro",
     [(P, """Pour la compta : c'est l'acompte du chantier Dumas (devis D-2026-051), à lettrer.
Merci !

Claire Vasseur
Gérante – Acme Conseil
06 12 34 56 78

-------- Message transféré --------
De : BoursoBank <notification@boursobank.info>
Date : 10/11/2026 09:02
À : claire.vasseur@acme-conseil.fr
Objet : Nouvelle opération sur votre compte Pro

Bonjour Claire,

Un crédit de 4 500,00 € vient d'être enregistré sur votre compte BoursoBank Pro.

Opération : VIR SEPA M. OU MME DUMAS ROBERT
Référence : ACOMPTE DEVIS D-2026-051
Date d'opération : 10/11/2026

Solde disponible : 25 594,30 €

BoursoBank - 44 rue Traversière, 92100 Boulogne-Billancourt
""", U, QP)],
     [c("4500.00", "EUR", "M. OU MME DUMAS ROBERT", "ACOMPTE DEVIS D-2026-051", "2026-11-10")],
     "fwd-fr-boursobank-note-avant-message-transfere")

mail("fa09-fr-freebe-facture-reglee", "Thu, 12 Nov 2026 14:55:00 +0100", "Freebe <bonjour@freebe.me>",
     "Votre facture F-2026-041 a été réglée 🎉",
     [(H, """<html><body style="font-family:'Open Sans',Arial,sans-serif;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<h2 style="color:#5b3cc4">Bonne nouvelle&nbsp;!</h2>
<p>Votre client <strong>Les Jardins de Sophie</strong> a r&eacute;gl&eacute; la facture <strong>F-2026-041</strong>
d&#8217;un montant de <strong>1&nbsp;800&nbsp;&euro;</strong> le 12 novembre.</p>
<p>Nous avons rapproch&eacute; automatiquement ce paiement de la transaction bancaire suivante&nbsp;:</p>
<ul>
<li>Libell&eacute; bancaire&nbsp;: VIR LES JARDINS DE SOPHIE</li>
<li>R&eacute;f&eacute;rence du virement&nbsp;: F-2026-041</li>
</ul>
<p>Votre chiffre d&#8217;affaires encaiss&eacute; en 2026 s&#8217;&eacute;l&egrave;ve d&eacute;sormais &agrave; 61&nbsp;240&nbsp;&euro;.
Pensez &agrave; provisionner vos cotisations URSSAF.</p>
<p style="font-size:11px;color:#999">Freebe &ndash; l&#8217;outil de gestion des ind&eacute;pendants.</p>
</div></body></html>""", U, QP)],
     [c("1800.00", "EUR", "Les Jardins de Sophie", "F-2026-041", "2026-11-12")],
     "fr-freebe-facture-reglee-rapprochee-ca-encaisse")

mail("fa10-fr-palatine-eur-prefixe-valeur", "Fri, 13 Nov 2026 11:02:00 +0100", "Banque Palatine <avis-operations@palatine.fr>",
     "Avis d'opération - crédit",
     [(P, """BANQUE PALATINE - AVIS D'OPERATION

Compte     : 40978 00012 0123456XXXX - ACME CONSEIL SARL
Agence     : LYON BROTTEAUX

Nous avons crédité votre compte de EUR 4 800,00 valeur 13.11.2026

Donneur d'ordre  : GROUPE HOSPITALIER NORD-DAUPHINE
Communication    : PAIEMENT FACTURE 2026-0417 MARCHE 26-088
Banque émettrice : CAISSE DES DEPOTS ET CONSIGNATIONS

Commission de virement : EUR 0,00

Banque Palatine - Société anonyme au capital de 538 803 395 EUR - 542 104 245 RCS Paris
""", L, E8)],
     [c("4800.00", "EUR", "GROUPE HOSPITALIER NORD-DAUPHINE", "PAIEMENT FACTURE 2026-0417 MARCHE 26-088", "2026-11-13")],
     "fr-palatine-eur-prefixe-valeur-points-communication")

mail("fa11-distractor-ovh-facture-prelevement-auto", "Fri, 13 Nov 2026 03:12:00 +0100", "OVHcloud <noreply@ovh.com>",
     "Votre facture OVHcloud FR58122334 est disponible",
     [(P, """Bonjour Acme Conseil,

Votre facture FR58122334 du 13/11/2026 est disponible dans votre espace client.

  Montant HT  : 39,90 €
  TVA (20 %)  : 7,98 €
  Montant TTC : 47,88 €

Ce montant sera prélevé automatiquement le 16/11/2026 sur votre moyen de paiement
par défaut (IBAN FR76 **** **** **** **** ***4 410). Aucune action n'est requise de votre part.

Vous disposez d'un crédit de bon d'achat de 0,00 €.

L'équipe OVHcloud
OVH SAS - 2 rue Kellermann, 59100 Roubaix
""", U, QP)],
     [], "distractor-fr-ovh-facture-fournisseur-prelevement-auto")

mail("fa12-en-payoneer-received-usd", "Fri, 13 Nov 2026 18:36:00 +0100", "Payoneer <payments@payoneer.com>",
     "You've received a payment from Brightline Media LLC",
     [(P, """Hi Claire,

Good news! You've received a payment.

Payer:        Brightline Media LLC
Amount:       USD 1,500.00
Description:  Workshop facilitation Oct 2026
Date:         Nov 13, 2026

The funds are now available in your USD receiving account.

Withdraw to your local bank account in EUR - fees apply (up to 2% above the mid-market rate).

The Payoneer Team
Payoneer Europe Limited is regulated by the Central Bank of Ireland.
""", U, QP),
      (H, """<html><body style="font-family:Arial,sans-serif">
<p>Hi Claire,</p>
<p><b>Good news! You&#39;ve received a payment.</b></p>
<table cellpadding="4">
<tr><td>Payer:</td><td>Brightline Media LLC</td></tr>
<tr><td>Amount:</td><td><b>USD 1,500.00</b></td></tr>
<tr><td>Description:</td><td>Workshop facilitation Oct 2026</td></tr>
<tr><td>Date:</td><td>Nov 13, 2026</td></tr>
</table>
<p>The funds are now available in your USD receiving account.</p>
<p style="font-size:11px">Withdraw to your local bank account in EUR &ndash; fees apply (up to 2% above the mid-market rate).<br>
Payoneer Europe Limited is regulated by the Central Bank of Ireland.</p>
</body></html>""", U, QP)],
     [c("1500.00", "USD", "Brightline Media LLC", "Workshop facilitation Oct 2026", "2026-11-13")],
     "en-payoneer-payer-description-usd-prefix")

mail("fa13-distractor-urssaf-echeance-a-venir", "Sat, 14 Nov 2026 07:00:00 +0100", "Urssaf <ne-pas-repondre@urssaf.fr>",
     "Votre prochaine échéance",
     [(P, """Madame VASSEUR,

Nous vous rappelons que votre prochaine échéance de cotisations sociales
(SIRET 912 345 678 00021) sera prélevée selon le calendrier suivant :

   Période         : octobre 2026
   Montant         : 1 248,00 euros
   Date de débit   : lundi 16 novembre 2026
   Compte débité   : FR76 1027 8089 5400 0207 XXXX X

Si vous avez bénéficié d'un crédit de cotisations, il a déjà été déduit de ce montant.

Votre Urssaf Rhône-Alpes
""", L, QP)],
     [], "distractor-fr-urssaf-echeance-cotisations-date-debit")

mail("fa14-fr-leboncoin-vente-porte-monnaie", "Sat, 14 Nov 2026 15:27:00 +0100", "leboncoin <noreply@leboncoin.fr>",
     "Vente finalisée : votre argent est disponible",
     [(H, """<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p style="font-size:20px;font-weight:bold;color:#ec5a13">Vente finalis&eacute;e&nbsp;!</p>
<p><b>Julien M.</b> a confirm&eacute; la bonne r&eacute;ception de votre article &laquo;&nbsp;Fauteuil de bureau Knoll vintage&nbsp;&raquo;.</p>
<p><b>150,00&nbsp;&euro;</b> ont &eacute;t&eacute; cr&eacute;dit&eacute;s sur votre porte-monnaie leboncoin.</p>
<p>Vous pouvez transf&eacute;rer cette somme sur votre compte bancaire &agrave; tout moment depuis &laquo;&nbsp;Mon porte-monnaie&nbsp;&raquo; (virement gratuit sous 3 &agrave; 5 jours ouvr&eacute;s).</p>
<p style="font-size:11px;color:#777">Frais de protection pay&eacute;s par l&#8217;acheteur&nbsp;: 8,20&nbsp;&euro;. Livraison Mondial Relay&nbsp;: 12,49&nbsp;&euro;.<br>
LBC France &ndash; 24 rue des Jeuneurs, 75002 Paris.</p>
</body></html>""", U, QP)],
     [c("150.00", "EUR", "Julien M.", None, "2026-11-14")],
     "fr-leboncoin-vente-finalisee-porte-monnaie-credite")

mail("fa15-distractor-qonto-paiement-carte", "Mon, 16 Nov 2026 12:58:00 +0100", "Qonto <notifications@qonto.com>",
     "Paiement par carte de 89,90 € accepté",
     [(P, """Paiement accepté

Claire Vasseur a payé 89,90 € chez IKEA VENISSIEUX avec la carte •••• 4471.
Le 16/11/2026 à 12:57

Solde du compte Principal après l'opération : 2 318,40 €

N'oubliez pas d'ajouter le justificatif. Vous pouvez aussi demander un remboursement
de TVA à votre comptable : TVA déductible estimée 14,98 €.

Qonto - Olinda SAS, établissement de paiement agréé.
""", U, B64)],
     [], "distractor-fr-qonto-carte-payee-chez-justificatif")

mail("fa16-fr-payplug-recap-encaissements", "Mon, 16 Nov 2026 23:30:00 +0100", "PayPlug <no-reply@payplug.com>",
     "Récapitulatif de vos encaissements du 16/11/2026",
     [(H, """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:13px">
<p>Bonjour,</p>
<p>Voici le r&eacute;capitulatif des transactions de votre boutique <b>Acme Conseil &ndash; Ateliers en ligne</b> pour la journ&eacute;e du 16/11/2026.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#22215b;color:#fff"><th>Heure</th><th>Type</th><th>Client</th><th>R&eacute;f&eacute;rence commande</th><th>Montant</th></tr>
<tr><td>09:14</td><td>Paiement</td><td>Camille Roche</td><td>WS-1187</td><td align="right">290,00 &euro;</td></tr>
<tr><td>11:02</td><td>Paiement</td><td>Herv&eacute; Lambert</td><td>WS-1188</td><td align="right">290,00 &euro;</td></tr>
<tr><td>15:40</td><td>Remboursement</td><td>Sonia Petit</td><td>WS-1179</td><td align="right">-290,00 &euro;</td></tr>
<tr><td>18:22</td><td>Paiement</td><td>In&egrave;s Garnier</td><td>WS-1189</td><td align="right">145,00 &euro;</td></tr>
</table>
<p>Total encaiss&eacute;&nbsp;: 725,00&nbsp;&euro; &ndash; Rembours&eacute;&nbsp;: 290,00&nbsp;&euro; &ndash; Frais PayPlug&nbsp;: 9,43&nbsp;&euro;</p>
<p>Le solde sera vers&eacute; sur votre compte bancaire selon votre fr&eacute;quence de versement (hebdomadaire).</p>
<p style="font-size:10px;color:#888">PayPlug SAS &ndash; &eacute;tablissement de paiement agr&eacute;&eacute; par l&#8217;ACPR, filiale du groupe BPCE.</p>
</body></html>""", U, QP)],
     [c("290.00", "EUR", "Camille Roche", "WS-1187", "2026-11-16"),
      c("290.00", "EUR", "Hervé Lambert", "WS-1188", "2026-11-16"),
      c("145.00", "EUR", "Inès Garnier", "WS-1189", "2026-11-16")],
     "fr-payplug-recap-jour-remboursement-negatif-html")

mail("fa17-fwd-gmail-en-stripe-invoice-paid", "Tue, 17 Nov 2026 20:04:00 +0100", "Claire Vasseur <claire.vasseur@acme-conseil.fr>",
     "Fwd: Invoice ACME-2026-0119 paid",
     [(P, """Hollis & Brandt ont enfin payé ! Tu peux relancer le reste de la liste.
Claire

---------- Forwarded message ---------
From: Stripe <invoicing@stripe.com>
Date: Tue, Nov 17, 2026 at 7:51 PM
Subject: Invoice ACME-2026-0119 paid
To: <claire.vasseur@acme-conseil.fr>

Hollis & Brandt GmbH paid €2,750.00

Invoice number     ACME-2026-0119
Payment date       November 17, 2026
Payment method     SEPA Direct Debit •••• 8832

You'll receive these funds in your next payout.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
--
Claire Vasseur | Acme Conseil
""", U, QP),
      (H, """<div dir="ltr">Hollis &amp; Brandt ont enfin pay&eacute;&nbsp;! Tu peux relancer le reste de la liste.<br>Claire<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <b class="gmail_sendername">Stripe</b> <span>&lt;invoicing@stripe.com&gt;</span><br>
Date: Tue, Nov 17, 2026 at 7:51 PM<br>Subject: Invoice ACME-2026-0119 paid<br>To: &lt;claire.vasseur@acme-conseil.fr&gt;<br></div><br>
<table style="font-family:-apple-system,Helvetica,sans-serif;font-size:15px">
<tr><td colspan="2" style="font-size:20px;padding-bottom:10px">Hollis &amp; Brandt GmbH paid &euro;2,750.00</td></tr>
<tr><td style="color:#687385">Invoice number</td><td>ACME-2026-0119</td></tr>
<tr><td style="color:#687385">Payment date</td><td>November 17, 2026</td></tr>
<tr><td style="color:#687385">Payment method</td><td>SEPA Direct Debit &bull;&bull;&bull;&bull; 8832</td></tr>
</table>
<p>You&#39;ll receive these funds in your next payout.</p>
<p style="font-size:12px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>
</div>-- <br>Claire Vasseur | Acme Conseil</div>""", U, QP)],
     [c("2750.00", "EUR", "Hollis & Brandt GmbH", "ACME-2026-0119", "2026-11-17")],
     "fwd-gmail-en-stripe-invoice-paid-note-fr-tutoiement")

mail("fa18-distractor-gocardless-paiement-echoue", "Wed, 18 Nov 2026 08:40:00 +0100", "GoCardless <help@gocardless.com>",
     "Un paiement a échoué : Cabinet Morel Kiné",
     [(P, """Bonjour,

Le paiement de 300,00 EUR de votre client Cabinet Morel Kiné (mandat MD0004XK7Q)
n'a pas pu être encaissé.

Motif communiqué par la banque du client : provision insuffisante (AM04)
Référence du paiement : ABONNEMENT CONSEIL NOV 2026
Date d'échéance prévue : 17/11/2026

Nous tenterons automatiquement un nouvel encaissement le 23/11/2026.
Aucun montant n'a été versé sur votre compte pour ce paiement.

GoCardless SAS
""", U, E8)],
     [], "distractor-fr-gocardless-encaissement-echoue-nouvelle-tentative")

mail("fa19-fr-credit-cooperatif-sens-c-dgfip", "Wed, 18 Nov 2026 17:25:00 +0100", "Crédit Coopératif <alertes@credit-cooperatif.coop>",
     "Mouvement sur votre compte",
     [(P, """Crédit Coopératif - Alerte mouvement

Compte         : 42559 10000 08012345678 - ACME CONSEIL SARL
Date opération : 18 novembre 2026
Sens           : C
Montant        : 6 312,00
Devise         : EUR
Libellé        : VIR SEPA DGFIP REF REMBT CREDIT TVA 3T2026

Légende : C = crédit, D = débit.

Crédit Coopératif - Société coopérative anonyme de Banque Populaire à capital variable.
""", L, B64)],
     [c("6312.00", "EUR", "DGFIP", "REMBT CREDIT TVA 3T2026", "2026-11-18")],
     "fr-credit-cooperatif-sens-c-devise-separee-b64-latin1")

mail("fa20-distractor-wero-demande-recue", "Thu, 19 Nov 2026 10:12:00 +0100", "Wero <no-reply@wero-wallet.eu>",
     "Julie Marchand vous demande 32,50 €",
     [(H, """<html><body style="font-family:Arial,sans-serif">
<p style="font-size:18px"><b>Julie Marchand</b> vous demande <b>32,50&nbsp;&euro;</b></p>
<p>Motif&nbsp;: &laquo;&nbsp;Cadeau d&eacute;part Sophie&nbsp;&raquo;</p>
<p>Ouvrez votre application bancaire pour payer ou refuser cette demande.
Elle expire le 26 nov.</p>
<p style="font-size:11px;color:#777">Vous ne recevez jamais d&#8217;argent en acceptant une demande. Ne payez que les personnes que vous connaissez.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-wero-demande-recue-expire")

mail("fa21-fr-axa-reglement-sinistre-verse", "Thu, 19 Nov 2026 15:48:00 +0100", "AXA France <gestion-sinistres@axa.fr>",
     "Règlement de votre sinistre n° 2026-DE-448812",
     [(P, """Madame Vasseur,

Suite à la déclaration du dégât des eaux survenu le 21/09/2026 dans vos locaux
du 14 rue Duguesclin, 69006 Lyon, nous vous informons que nous vous avons versé
ce jour, 19/11/2026, une indemnité de 1 964,20 € par virement sur votre compte
FR76 **** **** **** **** ***4 410.

   Montant des dommages retenus : 2 114,20 €
   Franchise contractuelle      :  -150,00 €
   Indemnité versée             : 1 964,20 €

Référence du virement : SIN 2026-DE-448812

Le libellé apparaîtra sur votre relevé sous la forme « AXA FRANCE IARD ».

Nous restons à votre disposition.
Votre service Sinistres Entreprises
AXA France IARD - SA au capital de 214 799 030 € - 722 057 460 RCS Nanterre
""", U, QP)],
     [c("1964.20", "EUR", "AXA FRANCE IARD", "SIN 2026-DE-448812", "2026-11-19")],
     "fr-axa-indemnite-versee-franchise-deduite")

mail("fa22-fr-hellobank-instantane-yearless", "Thu, 19 Nov 2026 17:49:00 +0100", "Hello bank! <hellobank@alertes.hellobank.fr>",
     "Vous avez reçu un virement instantané",
     [(P, """Hello bank! | Alerte

Le 19 nov. à 17:48, vous avez reçu un virement instantané de 610,00 € sur votre compte ****5528.

Émis par : SCI LES PLATANES
Motif : REMB DEPOT GARANTIE BUREAU B2

Vous n'êtes pas à l'origine de cette opération et elle vous semble suspecte ? Contactez-nous.
""", U, QP),
      (H, """<html><body style="font-family:Arial,sans-serif">
<p><b>Hello bank! | Alerte</b></p>
<p>Le 19&nbsp;nov. &agrave; 17:48, vous avez re&ccedil;u un virement instantan&eacute; de <b>610,00&nbsp;&euro;</b> sur votre compte ****5528.</p>
<p>&Eacute;mis par&nbsp;: SCI LES PLATANES<br>Motif&nbsp;: REMB DEPOT GARANTIE BUREAU B2</p>
<p style="font-size:11px">Vous n&#39;&ecirc;tes pas &agrave; l&#39;origine de cette op&eacute;ration et elle vous semble suspecte&nbsp;? Contactez-nous.</p>
</body></html>""", U, QP)],
     [c("610.00", "EUR", "SCI LES PLATANES", "REMB DEPOT GARANTIE BUREAU B2", "2026-11-19")],
     "fr-hellobank-instantane-date-sans-annee-heure-emis-par")

mail("fa23-distractor-offre-pret-express", "Fri, 20 Nov 2026 09:00:00 +0100", "Crédit Mutuel <offres@creditmutuel.fr>",
     "Jusqu'à 20 000 € crédités sur votre compte en 48 h",
     [(H, """<html><body style="font-family:Arial,sans-serif">
<h2>Besoin de tr&eacute;sorerie pour vos projets&nbsp;?</h2>
<p>Avec le <b>Cr&eacute;dit Express Pro</b>, recevez jusqu&#8217;&agrave; <b>20&nbsp;000&nbsp;&euro;</b> directement sur votre compte en 48&nbsp;h apr&egrave;s acceptation de votre dossier.</p>
<p>Exemple&nbsp;: pour un pr&ecirc;t de 10&nbsp;000&nbsp;&euro; sur 36 mois, 36 mensualit&eacute;s de 301,74&nbsp;&euro;. TAEG fixe 5,20&nbsp;%. Frais de dossier offerts (au lieu de 150&nbsp;&euro;) jusqu&#8217;au 31/12/2026.</p>
<p>Un cr&eacute;dit vous engage et doit &ecirc;tre rembours&eacute;. V&eacute;rifiez vos capacit&eacute;s de remboursement avant de vous engager.</p>
<p style="font-size:10px">Offre soumise &agrave; conditions et &agrave; l&#8217;acceptation d&eacute;finitive du dossier par votre Caisse.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-offre-credit-express-recevez-sous-48h")

mail("fa24-en-xero-payment-applied-gbp", "Fri, 20 Nov 2026 13:31:00 +0100", "Xero <messaging-service@post.xero.com>",
     "Payment received: INV-0042 from Kestrel Labs Ltd",
     [(P, """Hi Claire,

A payment has been recorded against one of your invoices.

  Contact:       Kestrel Labs Ltd
  Invoice:       INV-0042
  Amount paid:   GBP 3,200.00
  Date paid:     20 Nov 2026
  Paid to:       Acme Conseil GBP account (Wise)
  Amount due:    GBP 0.00

View the invoice in Xero to see its full history.

Xero Limited, 6 Lindsey Street, London EC1A 9HP
""", U, E8)],
     [c("3200.00", "GBP", "Kestrel Labs Ltd", "INV-0042", "2026-11-20")],
     "en-xero-payment-recorded-contact-amount-due-zero")

mail("fa25-distractor-sg-alerte-seuil-solde", "Sat, 21 Nov 2026 07:05:00 +0100", "Société Générale <alertes@societegenerale.fr>",
     "Alerte seuil : solde supérieur à 30 000,00 EUR",
     [(P, """SOCIETE GENERALE - Alerte Pro

Le solde de votre compte ACME CONSEIL SARL n° ****0193 a dépassé le seuil
que vous avez défini (30 000,00 EUR).

Solde créditeur au 21/11/2026 : 32 417,85 EUR

Pensez à placer votre trésorerie excédentaire : le Compte à terme Pro vous rapporte
jusqu'à 2,60 % brut par an.

Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris
""", L, QP)],
     [], "distractor-fr-sg-seuil-depasse-solde-crediteur-placement")

mail("fa26-fr-cic-mouvements-du-jour-puces", "Mon, 23 Nov 2026 20:15:00 +0100", "CIC <alertes@cic.fr>",
     "CIC - Vos mouvements du lundi 23 novembre",
     [(H, """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><img alt="CIC" src="https://www.cic.fr/logo.png"></p>
<p>Bonjour Madame VASSEUR,</p>
<p>Voici les mouvements enregistr&eacute;s aujourd&#8217;hui, lundi 23 novembre, sur votre compte courant ACME CONSEIL SARL&nbsp;:</p>
<ul>
<li>Virement re&ccedil;u de <b>STUDIO FERRAND</b> &ndash; <b>1&#160;250&nbsp;&euro;</b> &ndash; R&eacute;f.&nbsp;: FA 2026-0421</li>
<li>Virement re&ccedil;u de <b>MAIRIE DE VILLEURBANNE</b> &ndash; <b>7&#160;860&nbsp;&euro;</b> &ndash; R&eacute;f.&nbsp;: MANDAT 004512 BORD 0331</li>
<li>Pr&eacute;l&egrave;vement <b>ALLIANZ IARD</b> &ndash; 214,30&nbsp;&euro; &ndash; R&eacute;f.&nbsp;: RC PRO ECHEANCE 11/2026</li>
<li>Virement re&ccedil;u de <b>KARINE TESSIER</b> &ndash; <b>95&nbsp;&euro;</b> &ndash; R&eacute;f.&nbsp;: &ndash;</li>
</ul>
<p>Solde apr&egrave;s ces op&eacute;rations&nbsp;: 41&#160;408,55&nbsp;&euro;</p>
<p style="font-size:10px;color:#666">CIC &ndash; Cr&eacute;dit Industriel et Commercial, SA au capital de 611&#160;858&#160;064&nbsp;&euro;.</p>
</body></html>""", L, QP)],
     [c("1250.00", "EUR", "STUDIO FERRAND", "FA 2026-0421", "2026-11-23"),
      c("7860.00", "EUR", "MAIRIE DE VILLEURBANNE", "MANDAT 004512 BORD 0331", "2026-11-23"),
      c("95.00", "EUR", "KARINE TESSIER", None, "2026-11-23")],
     "fr-cic-mouvements-du-jour-puces-euros-entiers-latin1")

mail("fa27-distractor-echeance-pret-pro", "Tue, 24 Nov 2026 06:00:00 +0100", "Crédit Mutuel <alertes@creditmutuel.fr>",
     "Prochaine échéance de votre prêt professionnel",
     [(P, """Crédit Mutuel - Information prêt

Prêt PRO EQUIPEMENT n° 10278 08954 0412887 03 - ACME CONSEIL SARL

Votre prochaine échéance sera débitée le samedi 5 décembre 2026 :

   Montant de l'échéance  : 612,40 EUR
     dont capital         : 548,12 EUR
     dont intérêts        :  57,08 EUR
     dont assurance       :   7,20 EUR

Capital restant dû après échéance : 18.904,66 EUR
Compte à débiter : COMPTE COURANT PROFESSIONNEL n° ...207XXXXX

Veillez à ce que votre compte soit suffisamment approvisionné (crédité) avant cette date.
""", L, QP)],
     [], "distractor-fr-echeance-pret-decomposition-capital-interets")

mail("fa28-fr-bred-avis-b64-html", "Tue, 24 Nov 2026 11:40:00 +0100", "BRED Banque Populaire <avis@bred.fr>",
     "Avis d'opération : VIREMENT RECU",
     [(H, """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="560" cellpadding="6" style="border:1px solid #0b3d91">
<tr><td colspan="2" style="background:#0b3d91;color:#fff"><b>BRED &ndash; AVIS D&#8217;OP&Eacute;RATION</b></td></tr>
<tr><td>Nature de l&#8217;op&eacute;ration</td><td>VIREMENT RECU</td></tr>
<tr><td>Date de l&#8217;op&eacute;ration</td><td>24/11/2026</td></tr>
<tr><td>Date de valeur</td><td>24/11/2026</td></tr>
<tr><td>Montant</td><td><b>2&nbsp;090,00 EUR</b></td></tr>
<tr><td>Nom du donneur d&#8217;ordre</td><td>LES ATELIERS DU RHONE</td></tr>
<tr><td>Motif</td><td>FORMATION MANAGERS SESSION 2</td></tr>
<tr><td>Frais</td><td>0,00 EUR</td></tr>
</table>
<p style="font-size:10px;color:#777">BRED Banque Populaire &ndash; Soci&eacute;t&eacute; anonyme coop&eacute;rative de banque populaire &ndash; 552 091 795 RCS Paris.</p>
</body></html>""", U, B64)],
     [c("2090.00", "EUR", "LES ATELIERS DU RHONE", "FORMATION MANAGERS SESSION 2", "2026-11-24")],
     "fr-bred-avis-b64-html-nom-donneur-motif-frais")

mail("fa29-distractor-fwd-virement-emis-loyer", "Wed, 25 Nov 2026 18:22:00 +0100", "Claire Vasseur <claire.vasseur@acme-conseil.fr>",
     "TR: Confirmation de votre virement",
     [(P, """Loyer de novembre payé (en retard, désolée). Facture du bailleur en PJ, à classer.
C.

--
Claire Vasseur
Acme Conseil - Conseil & formation en management
14 rue Duguesclin, 69006 Lyon

-----Message d'origine-----
De : Crédit Agricole <noreply@ca-centrest.fr>
Envoyé : mercredi 25 novembre 2026 18:05
À : Claire Vasseur
Objet : Confirmation de votre virement

Votre virement a bien été émis.

Montant      : 1 500,00 €
Bénéficiaire : SCI LES TILLEULS
Motif        : LOYER NOV 2026 BUREAUX
Date         : 25/11/2026

Le compte du bénéficiaire sera crédité sous 1 jour ouvré.
""", U, QP)],
     [], "distractor-fwd-outlook-fr-virement-emis-loyer-beneficiaire-credite")

mail("fa30-fr-sumup-versement-ventes-frais", "Thu, 26 Nov 2026 09:30:00 +0100", "SumUp <noreply@sumup.com>",
     "Votre versement de 412,35 € a été effectué",
     [(P, """Bonjour Claire,

Nous avons viré 412,35 € sur votre compte bancaire se terminant par 4410
le jeudi 26 novembre 2026.

Détail du versement
  Ventes du 23/11 au 25/11 (6 transactions) : 420,00 €
  Frais SumUp                              :  -7,65 €
  Montant versé                            : 412,35 €

Référence du versement : PO-7781-261126

Comptez 1 à 2 jours ouvrés pour que les fonds apparaissent sur votre relevé.

L'équipe SumUp
SumUp Payments Limited - autorisée par la Central Bank of Ireland.
""", U, QP)],
     [c("412.35", "EUR", "SumUp", "PO-7781-261126", "2026-11-26")],
     "fr-sumup-versement-effectue-detail-frais-reference")

mail("fa31-fr-monabanq-euros-objet", "Fri, 27 Nov 2026 16:03:00 +0100", "Monabanq <service-client@monabanq.com>",
     "Un virement a été reçu sur votre compte",
     [(P, """Bonjour,

Un virement de 720 euros a été reçu sur votre compte le vendredi 27 novembre.

Émetteur : M. PAUL NGUYEN
Objet : Seance conseil 24/11

Votre solde disponible est consultable à tout moment dans l'application Monabanq.

Monabanq, banque en ligne du groupe Crédit Mutuel Alliance Fédérale.
""", U, E8)],
     [c("720.00", "EUR", "M. PAUL NGUYEN", "Seance conseil 24/11", "2026-11-27")],
     "fr-monabanq-montant-mot-euros-jour-sans-annee-emetteur-objet")

mail("fa32-distractor-releve-mensuel-disponible", "Tue, 01 Dec 2026 06:45:00 +0100", "BNP Paribas <releves@bnpparibas.com>",
     "Votre relevé de compte de novembre 2026 est disponible",
     [(H, """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px">
<p>Bonjour,</p>
<p>Votre relev&eacute; de compte n&deg;11 de novembre 2026 (Compte Pro &bull;&bull;&bull;&bull; 3021) est disponible dans votre espace Mes Comptes, rubrique &laquo;&nbsp;Documents&nbsp;&raquo;.</p>
<table cellpadding="4">
<tr><td>Solde au 31/10/2026</td><td align="right">12&#8239;480,07&nbsp;&euro;</td></tr>
<tr><td>Total des op&eacute;rations cr&eacute;ditrices</td><td align="right">41&#8239;622,55&nbsp;&euro;</td></tr>
<tr><td>Total des op&eacute;rations d&eacute;bitrices</td><td align="right">17&#8239;306,20&nbsp;&euro;</td></tr>
<tr><td>Solde au 30/11/2026</td><td align="right">36&#8239;796,42&nbsp;&euro;</td></tr>
</table>
<p>Ce relev&eacute; remplace votre relev&eacute; papier. Conservez-le pendant 10 ans.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-releve-mensuel-disponible-totaux-crediteurs")
