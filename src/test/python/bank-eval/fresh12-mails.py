# A thirteenth hand-worded set, written blind (without reading the reader's code): one October 2026 in the mailbox
# of a small Lyon caterer (Les Toques de Garance SARL, founder Garance Fabre).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh12 fresh12-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fc01-fr-ccf-avis-credit-libelle-vir-sepa", "Thu, 01 Oct 2026 18:42:00 +0200", "CCF <alertes@ccf.fr>",
     "CCF - Avis d'opération sur votre compte professionnel",
     [(P, """CCF - Service Alertes Pro

Bonjour,

Une opération au crédit a été enregistrée sur votre compte :

  Compte          : Compte courant pro ***7730
  Date d'opération: jeudi 1er octobre 2026
  Libellé         : VIR SEPA MAIRIE DE VILLEURBANNE REF MANDAT 2026-1187
  Montant crédité : 1.480,00 EUR

Solde disponible à ce jour : 9.212,64 EUR

Pour gérer vos alertes, connectez-vous à votre Espace Client CCF.
CCF - S.A. au capital de 130 000 000 euros - 103, rue de Grenelle 75007 Paris - RCS Paris 315 769 257.
""", L, QP)],
     [c("1480.00", "EUR", "MAIRIE DE VILLEURBANNE", "MANDAT 2026-1187", "2026-10-01")],
     "fr-ccf-avis-operation-libelle-vir-sepa-ref-point-milliers-jour-lettres-latin1")

mail("fc02-fr-smc-synthese-hebdo-html", "Mon, 05 Oct 2026 07:05:00 +0200",
     "Société Marseillaise de Crédit <info-comptes@smc.fr>",
     "Votre synthèse hebdomadaire du 28/09 au 04/10",
     [(H, """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Madame FABRE,</p>
<p>Voici les mouvements enregistrés sur votre compte <b>LES TOQUES DE GARANCE</b> (n&deg; ...4419) cette semaine.</p>
<table cellspacing="0" cellpadding="5" style="border:1px solid #ccc">
<tr style="background:#003a70;color:#fff"><th>Date</th><th>Opération</th><th align="right">Montant</th></tr>
<tr><td>28/09</td><td>PRLV SEPA URSSAF RHONE ALPES</td><td align="right" style="color:#b00">-842,00</td></tr>
<tr><td>29/09</td><td>VIR INST RE CABINET VERNAY ARCHITECTES MOTIF COCKTAIL 24/09</td><td align="right" style="color:#070">+1250,00</td></tr>
<tr><td>30/09</td><td>CB METRO LYON 7 29/09</td><td align="right" style="color:#b00">-1312,48</td></tr>
<tr><td>01/10</td><td>VIR SEPA MAIRIE DE VILLEURBANNE REF MANDAT 2026-1187</td><td align="right" style="color:#070">+1480,00</td></tr>
<tr><td>02/10</td><td>VIR SEPA SAS LUMEN EVENTS REF DEVIS D26-041</td><td align="right" style="color:#070">+2736,50</td></tr>
</table>
<p>Total des crédits : <b>+5466,50&nbsp;&euro;</b> &ndash; Total des débits : <b>-2154,48&nbsp;&euro;</b></p>
<p>Solde au 04/10/2026 : <b>10&nbsp;394,66&nbsp;&euro;</b></p>
<p style="font-size:10px;color:#888">Société Marseillaise de Crédit - SA au capital de 16 000 000 &euro; - Groupe BPCE.</p>
</body></html>""", U, QP)],
     [c("1250.00", "EUR", "CABINET VERNAY ARCHITECTES", "COCKTAIL 24/09", "2026-09-29"),
      c("1480.00", "EUR", "MAIRIE DE VILLEURBANNE", "MANDAT 2026-1187", "2026-10-01"),
      c("2736.50", "EUR", "SAS LUMEN EVENTS", "DEVIS D26-041", "2026-10-02")],
     "fr-smc-synthese-hebdo-html-signe-sans-milliers-annee-absente-debits-melanges")

mail("fc03-fr-sumeria-vous-avez-recu", "Sat, 03 Oct 2026 11:17:00 +0200", "Sumeria <notification@sumeria.eu>",
     "Julien M. vous a envoyé 85 €",
     [(P, """Bonne nouvelle !

Julien Masson vous a envoyé 85 €.

Son message : « Acompte buffet anniversaire 17/10 »

L'argent est déjà sur votre compte Sumeria, vous pouvez le dépenser avec votre carte ou le virer vers votre banque.

--
Sumeria (anciennement Lydia) - Lydia Solutions SAS, 14 avenue de l'Opéra, 75001 Paris.
Parrainez un ami et recevez 10 € offerts !
""", U, E8)],
     [c("85.00", "EUR", "Julien Masson", "Acompte buffet anniversaire 17/10", "2026-10-03")],
     "fr-sumeria-vous-a-envoye-euros-entiers-message-guillemets")

mail("fc04-fr-zettle-versement-ventes", "Mon, 05 Oct 2026 09:30:00 +0200", "Zettle by PayPal <no-reply@zettle.com>",
     "Votre versement Zettle de 642,30 € est arrivé",
     [(P, """Bonjour Garance,

Zettle a viré 642,30 € sur votre compte bancaire se terminant par 4419.

Détail du versement
Ventes du 02/10/2026 au 04/10/2026 ........ 653,45 €
Frais Zettle (1,75 %) ..................... -11,15 €
Montant versé ............................. 642,30 €

Référence du versement : ZT-PO-88F3K21
Date du versement : 5 octobre 2026

L'équipe Zettle
""", U, QP),
      (H, """<html><body><p>Bonjour Garance,</p>
<p>Zettle a viré <strong>642,30&nbsp;&euro;</strong> sur votre compte bancaire se terminant par 4419.</p>
<table><tr><td>Ventes du 02/10/2026 au 04/10/2026</td><td align="right">653,45&nbsp;&euro;</td></tr>
<tr><td>Frais Zettle (1,75&nbsp;%)</td><td align="right">-11,15&nbsp;&euro;</td></tr>
<tr><td><b>Montant versé</b></td><td align="right"><b>642,30&nbsp;&euro;</b></td></tr></table>
<p>Référence du versement : ZT-PO-88F3K21<br>Date du versement : 5 octobre 2026</p>
<p>L'équipe Zettle</p></body></html>""", U, QP)],
     [c("642.30", "EUR", "Zettle", "ZT-PO-88F3K21", "2026-10-05")],
     "fr-zettle-versement-ventes-frais-pointilles-multipart")

mail("fc05-distractor-metro-facture-fournisseur", "Tue, 06 Oct 2026 06:12:00 +0200", "METRO France <facturation@metro.fr>",
     "Votre facture METRO n° 7011-2026-553918",
     [(P, """Cher client,

Veuillez trouver ci-joint votre facture n° 7011-2026-553918 du 29/09/2026.

Client : LES TOQUES DE GARANCE - carte n° 7011 004 2218
Montant HT  : 1 193,16 €
TVA         : 119,32 €
Montant TTC : 1 312,48 €

Règlement : payée par carte bancaire en magasin le 29/09/2026.
Avoir éventuel : 0,00 €

Retrouvez toutes vos factures dans votre espace METRO.fr.
METRO France SAS - Nanterre.
""", U, B64)], [], "distractor-fr-metro-facture-fournisseur-payee-carte-ttc")

mail("fc06-fwd-gmail-stancer-lien-paiement", "Wed, 07 Oct 2026 21:04:00 +0200", "Garance Fabre <garance@lestoquesdegarance.fr>",
     "Fwd: Paiement reçu - Mariage Duval - solde",
     [(P, """Coucou la compta,
le solde du mariage Duval est enfin payé !! Vous pouvez lettrer la facture.
Bises
Garance

--
Garance Fabre
Les Toques de Garance - Traiteur événementiel
06 71 22 48 90

---------- Forwarded message ---------
De : Stancer <no-reply@stancer.com>
Date: mer. 7 oct. 2026 à 20:51
Subject: Paiement reçu - Mariage Duval - solde
To: <garance@lestoquesdegarance.fr>


Bonjour,

Votre lien de paiement « Mariage Duval - solde » a été payé.

Montant : 3 400,00 €
Payé par : Émilie Duval
Moyen de paiement : carte Visa **** 0287
Date : 07/10/2026 20:50
Identifiant du paiement : pi_6QzR2mXk7c

Les fonds seront versés sur votre compte sous 1 jour ouvré.
Stancer - Iliad group.
""", U, QP)],
     [c("3400.00", "EUR", "Émilie Duval", "Mariage Duval - solde", "2026-10-07")],
     "fwd-gmail-fr-stancer-lien-paiement-paye-note-signature")

mail("fc07-en-airwallex-youve-received", "Thu, 08 Oct 2026 10:22:00 +0200", "Airwallex <notifications@airwallex.com>",
     "You've received EUR 2,150.00",
     [(H, """<html><body style="font-family:Helvetica,Arial">
<h2 style="color:#612fff">You've received a payment</h2>
<p>Hi Les Toques de Garance,</p>
<p>Funds have arrived in your EUR Global Account.</p>
<table style="font-size:14px">
<tr><td style="color:#666;padding-right:24px">Amount</td><td><b>EUR 2,150.00</b></td></tr>
<tr><td style="color:#666">From</td><td>Northwind Events Ltd</td></tr>
<tr><td style="color:#666">Payment reference</td><td>INV 0412 LYON OFFSITE</td></tr>
<tr><td style="color:#666">Received on</td><td>8 Oct 2026</td></tr>
</table>
<p>Your available EUR balance is now EUR 6,804.10.</p>
<p style="font-size:11px;color:#999">Airwallex (Netherlands) B.V. is authorised by De Nederlandsche Bank. Earn up to 4% on idle funds &mdash; terms apply.</p>
</body></html>""", U, B64)],
     [c("2150.00", "EUR", "Northwind Events Ltd", "INV 0412 LYON OFFSITE", "2026-10-08")],
     "en-airwallex-youve-received-global-account-eur-prefix-b64")

mail("fc08-fr-ankorstore-versement-commission", "Fri, 09 Oct 2026 08:00:00 +0200", "Ankorstore <paiements@ankorstore.com>",
     "Ankorstore vous a versé 418,60 €",
     [(P, """Bonjour Garance,

Nous venons d'effectuer un virement de 418,60 € sur votre compte bancaire pour les commandes livrées suivantes :

  #AK-5521093  Épicerie Le Comptoir Vert     236,00 €
  #AK-5524410  La Cave à Bocaux              287,25 €
  Commission Ankorstore (20 %)             - 104,65 €
  -----------------------------------------------
  Total versé                                418,60 €

Référence du virement : ANKR-PAYOUT-309184
Date d'exécution : 09/10/2026

L'équipe Ankorstore
""", U, QP)],
     [c("418.60", "EUR", "Ankorstore", "ANKR-PAYOUT-309184", "2026-10-09")],
     "fr-ankorstore-versement-commandes-commission-deduite-total")

mail("fc09-distractor-free-pro-prelevement-a-venir", "Fri, 09 Oct 2026 14:40:00 +0200", "Free Pro <facturation@freepro.fr>",
     "Votre facture Free Pro d'octobre est disponible",
     [(P, """Bonjour,

Votre facture d'octobre 2026 est disponible dans votre Espace Abonné.

Montant total : 59,98 € TTC
Ce montant sera prélevé sur votre compte le 15 octobre 2026 (mandat SEPA FPRO-0091227).

Bon à savoir : un avoir de 10,00 € a été déduit suite à votre réclamation du 22/09.

Free Pro - SAS au capital de 3 441 812 €.
""", U, QP)], [], "distractor-fr-free-pro-facture-prelevement-sera-preleve-avoir")

mail("fc10-fr-sellsy-paiement-recu-facture", "Mon, 12 Oct 2026 16:03:00 +0200", "Sellsy <notifications@sellsy.com>",
     "Paiement enregistré : 960,00 € - Cabinet Lemaire Avocats",
     [(H, """<html><body>
<p>Bonjour Garance,</p>
<p>Un paiement a été rapproché d'une de vos factures :</p>
<ul>
<li>Client : <strong>Cabinet Lemaire Avocats</strong></li>
<li>Facture : F-2026-10-031 (960,00&#160;&euro; TTC)</li>
<li>Montant reçu : <strong>960,00&#160;&euro;</strong></li>
<li>Mode de règlement : virement bancaire</li>
<li>Reçu le : lundi 12 octobre 2026</li>
</ul>
<p>Reste dû sur la facture : 0,00&#160;&euro; &mdash; la facture est désormais <em>soldée</em>.</p>
<p style="color:#888;font-size:11px">Sellsy - CRM &amp; facturation. Vous recevez ce mail car les notifications de paiement sont activées.</p>
</body></html>""", U, QP)],
     [c("960.00", "EUR", "Cabinet Lemaire Avocats", "F-2026-10-031", "2026-10-12")],
     "fr-sellsy-paiement-rapproche-facture-puces-client-mode-virement")

mail("fc11-fr-kolb-sms-deux-credits", "Tue, 13 Oct 2026 19:00:00 +0200", "Banque Kolb <alertes-sms@kolb.fr>",
     "Kolb Alertes : 2 opérations créditrices",
     [(P, """KOLB ALERTE Cpte ...0556 : 2 operations creditrices le mar. 13/10 : +320,00E VIR DE SAS CREAPIX MOTIF PLATEAUX REPAS SEPT / +1 050,00E VIR DE ASSOCIATION LES CANUTS EN FETE MOTIF BUFFET AG 2026. Solde : 7 840,12E. STOP au 36180
""", L, E8)],
     [c("320.00", "EUR", "SAS CREAPIX", "PLATEAUX REPAS SEPT", "2026-10-13"),
      c("1050.00", "EUR", "ASSOCIATION LES CANUTS EN FETE", "BUFFET AG 2026", "2026-10-13")],
     "fr-kolb-sms-deux-credits-slash-e-colle-sans-accents-latin1")

mail("fc12-en-eventbrite-payout-sent", "Wed, 14 Oct 2026 03:12:00 +0000", "Eventbrite <noreply@order.eventbrite.com>",
     "Your payout for Wine & Cheese Masterclass has been sent",
     [(P, """Hi Garance,

Good news - we've sent your payout.

Event: Wine & Cheese Masterclass - Lyon (Sat, Oct 10, 2026)
Gross ticket sales: €1,320.00
Eventbrite fees: -€84.60
Payout amount: €1,235.40

Payout ID: 31877720045
Sent on: Oct 14, 2026 to bank account ending in 4419

It may take 3-5 business days for the funds to show up in your account.

Eventbrite, 535 Mission Street, San Francisco, CA 94105
""", U, QP)],
     [c("1235.40", "EUR", "Eventbrite", "31877720045", "2026-10-14")],
     "en-eventbrite-payout-sent-gross-fees-euro-prefix-comma")

mail("fc13-distractor-vivid-paiement-carte", "Wed, 14 Oct 2026 12:48:00 +0200", "Vivid Business <noreply@vivid.money>",
     "Paiement par carte : 214,90 € chez RESTODEPOT",
     [(P, """Paiement par carte effectué

-214,90 €  RESTODEPOT LYON GERLAND
Carte : Visa Business •• 6612
Le 14 oct. 2026 à 12:47

Cashback : 2,15 € seront crédités sur votre Pocket Cashback dans 30 jours.
Ajoutez un justificatif pour votre comptable dans l'application.
""", U, QP)], [], "distractor-fr-vivid-paiement-carte-cashback-sera-credite")

mail("fc14-fr-propulse-push-virement-recu", "Thu, 15 Oct 2026 08:31:00 +0200", "Propulse by CA <notifications@propulsebyca.fr>",
     "💰 Nouveau virement reçu",
     [(H, """<html><body style="font-family:Arial">
<p style="font-size:18px">&#128176; <b>+740&nbsp;&euro;</b> de M. ET MME BERTHIER</p>
<p>&laquo;&nbsp;Baptême Léo 18/10 - acompte&nbsp;&raquo;</p>
<p style="color:#666">Virement instantané reçu le 15/10 à 08:30 sur votre compte Propulse.</p>
<p style="font-size:10px;color:#999">Propulse by CA est un service du Crédit Agricole. Votre nouveau solde : 8&nbsp;580,12&nbsp;&euro;.</p>
</body></html>""", U, QP)],
     [c("740.00", "EUR", "M. ET MME BERTHIER", "Baptême Léo 18/10 - acompte", "2026-10-15")],
     "fr-propulse-push-html-plus-euros-entiers-guillemets-chevrons-date-sans-annee")

mail("fc15-fr-ca-resume-fleches-entrees-sorties", "Fri, 16 Oct 2026 20:00:00 +0200", "Crédit Agricole Centre-est <ne-pas-repondre@ca-centrest.fr>",
     "Vos opérations du vendredi 16 octobre",
     [(P, """Bonjour,

Voici le résumé de vos opérations enregistrées le vendredi 16 octobre 2026
sur le compte LES TOQUES DE GARANCE (Compte Courant Pro n° 88120045210).

↑ ENTRÉES
  VIREMENT EN VOTRE FAVEUR  DOMAINE DES PIERRES DOREES / FACT 2610-07 .......  1 865,00 €
  VIREMENT EN VOTRE FAVEUR  DGFIP / REMBT CREDIT TVA T3 2026 ...............  2 346,00 €
  VERSEMENT ESPECES AGENCE LYON CROIX-ROUSSE ..............................    410,00 €

↓ SORTIES
  PRELEVEMENT  ENGIE PRO ....................................................    188,40 €
  CARTE X6612  15/10 PROMOCASH ..............................................    622,75 €

Solde en fin de journée : 11 403,97 €

Crédit Agricole Centre-est - Société coopérative à capital variable.
""", U, QP)],
     [c("1865.00", "EUR", "DOMAINE DES PIERRES DOREES", "FACT 2610-07", "2026-10-16"),
      c("2346.00", "EUR", "DGFIP", "REMBT CREDIT TVA T3 2026", "2026-10-16"),
      c("410.00", "EUR", None, None, "2026-10-16")],
     "fr-ca-resume-jour-fleches-entrees-sorties-pointilles-montants-non-signes")

mail("fc16-distractor-mollie-paiement-echoue", "Sat, 17 Oct 2026 10:05:00 +0200", "Mollie <no-reply@mollie.com>",
     "Paiement échoué : 450,00 € (commande #1098)",
     [(P, """Bonjour,

Un paiement n'a pas abouti sur votre boutique lestoquesdegarance.fr.

Montant : 450,00 €
Client : Sophie Garnier
Description : Commande #1098 - Coffret apéritif x10
Statut : échoué (carte refusée par la banque émettrice)
Date : 17/10/2026 10:03

Aucun montant ne vous sera versé pour ce paiement. Le client peut réessayer depuis son lien de paiement.

Mollie B.V., Keizersgracht 126, Amsterdam.
""", U, QP)], [], "distractor-fr-mollie-paiement-echoue-carte-refusee-aucun-versement")

mail("fc17-fwd-outlook-sms-lbp-recopie", "Mon, 19 Oct 2026 09:14:00 +0200", "Garance Fabre <garance@lestoquesdegarance.fr>",
     "TR: virement asso musée",
     [(P, """Bonjour Karim,

Je te recopie le SMS de la Banque Postale (notre 2e compte pro, celui des encaissements associations : pas de mail pour celui-là).

"LA BANQUE POSTALE : Vous avez recu un virement de 1 980,00 EUR de ASSOC LES AMIS DU MUSEE le 17/10/2026. Libelle : COCKTAIL VERNISSAGE 09 OCT"

Merci !
Garance

Envoyé de mon iPhone

________________________________
De : Garance Fabre
Envoyé : samedi 17 octobre 2026 18:20
À : Karim Benali (Cabinet Acme Conseil)
Objet : virement asso musée
""", U, QP)],
     [c("1980.00", "EUR", "ASSOC LES AMIS DU MUSEE", "COCKTAIL VERNISSAGE 09 OCT", "2026-10-17")],
     "fwd-outlook-fr-sms-lbp-recopie-guillemets-note-signature-mobile")

mail("fc18-distractor-libeo-demande-paiement", "Mon, 19 Oct 2026 15:27:00 +0200", "Libeo <no-reply@libeo.io>",
     "Boulangerie Pâtisserie Ravel vous a envoyé une demande de paiement",
     [(H, """<html><body>
<p>Bonjour,</p>
<p><b>Boulangerie Pâtisserie Ravel</b> vous a envoyé une demande de paiement de <b>286,40&nbsp;&euro;</b>.</p>
<table><tr><td>Facture</td><td>BPR-2026-0915</td></tr>
<tr><td>Échéance</td><td>31/10/2026</td></tr></table>
<p><a href="https://app.libeo.io/pay/abc">Payer maintenant</a> &mdash; le fournisseur recevra les fonds sous 24&nbsp;h.</p>
<p style="font-size:10px">Libeo SAS - établissement de paiement agréé via Treezor.</p>
</body></html>""", U, QP)], [], "distractor-fr-libeo-demande-paiement-recue-fournisseur-recevra")

mail("fc19-en-freshbooks-client-paid-invoice", "Tue, 20 Oct 2026 14:55:00 -0400", "FreshBooks <noreply@freshbooks.com>",
     "Harbor Lane Hotels paid Invoice 0044",
     [(H, """<html><body style="font-family:Georgia,serif">
<p>Hi Garance,</p>
<p><b>Harbor Lane Hotels</b> just paid <b>&euro;2,380.00</b> toward Invoice <b>0044</b> by credit card.</p>
<p>Payment date: Tuesday, October 20, 2026<br>Invoice status: <span style="color:green">Paid</span><br>Processing fee: &euro;69.02</p>
<p>The net amount will be deposited to your bank account within 2 business days.</p>
<p style="font-size:11px;color:#777">FreshBooks &bull; 1655 Dupont Street, Toronto, ON. Get 2 months free when you refer a friend!</p>
</body></html>""", U, B64)],
     [c("2380.00", "EUR", "Harbor Lane Hotels", "0044", "2026-10-20")],
     "en-freshbooks-client-paid-toward-invoice-euro-entity-weekday-date-b64")

mail("fc20-fr-toogoodtogo-virement-mensuel", "Wed, 21 Oct 2026 07:45:00 +0200", "Too Good To Go <facturation@toogoodtogo.fr>",
     "Votre relevé et virement Too Good To Go - septembre 2026",
     [(P, """Bonjour Les Toques de Garance,

Merci d'avoir sauvé 62 Paniers Surprise en septembre !

Chiffre d'affaires TTC ............ 248,00 EUR
Commission Too Good To Go ......... - 61,70 EUR
Montant viré le 21/10/2026 ........ 186,30 EUR

Référence : TGTG-FR-2026-09-118734

Le virement apparaîtra sur votre compte sous 2 à 3 jours ouvrés.
Too Good To Go France SAS - 75011 Paris.
""", L, QP)],
     [c("186.30", "EUR", "Too Good To Go", "TGTG-FR-2026-09-118734", "2026-10-21")],
     "fr-toogoodtogo-releve-mensuel-commission-montant-vire-pointilles-latin1")

mail("fc21-distractor-bpifrance-echeance-pret", "Thu, 22 Oct 2026 06:00:00 +0200", "Bpifrance <ne-pas-repondre@bpifrance.fr>",
     "Avis d'échéance - Prêt Création n° PC-26-004871",
     [(P, """Madame, Monsieur,

Nous vous informons que l'échéance de votre prêt n° PC-26-004871 sera débitée de votre compte
FR76 3005 6000 ... 4419 le 05/11/2026.

Montant de l'échéance : 612,47 EUR
  dont capital        : 548,10 EUR
  dont intérêts       :  57,12 EUR
  dont assurance      :   7,25 EUR
Capital restant dû après échéance : 28 451,90 EUR

Veillez à ce que votre compte soit suffisamment crédité à cette date.

Bpifrance - Service Clients.
""", U, QP)], [], "distractor-fr-bpifrance-avis-echeance-pret-sera-debitee-compte-credite")

mail("fc22-distractor-ccf-alerte-solde-haut", "Thu, 22 Oct 2026 07:10:00 +0200", "CCF <alertes@ccf.fr>",
     "CCF - Alerte solde",
     [(P, """CCF - Service Alertes Pro

Le solde de votre compte courant pro ***7730 a dépassé le seuil de 10.000,00 EUR que vous avez défini.

Solde au 21/10/2026 : 12.480,30 EUR (créditeur)

Pensez à placer votre trésorerie excédentaire : Compte à terme Pro à 2,60 % brut/an.
""", L, QP)], [], "distractor-fr-ccf-alerte-solde-seuil-depasse-crediteur-cat")

mail("fc23-distractor-smc-virement-emis-loyer", "Mon, 26 Oct 2026 09:02:00 +0100", "Société Marseillaise de Crédit <info-comptes@smc.fr>",
     "Confirmation de votre virement",
     [(P, """Madame FABRE,

Votre ordre de virement a bien été exécuté.

Compte débité  : LES TOQUES DE GARANCE ...4419
Bénéficiaire   : SCI DES CANUTS
IBAN           : FR76 1027 8073 ... 2291
Montant        : 1 500,00 €
Motif          : LOYER LOCAL NOV 2026
Exécuté le     : lundi 26 octobre 2026

Le compte du bénéficiaire sera crédité sous 24 h ouvrées.
""", U, QP)], [], "distractor-fr-smc-ordre-virement-execute-loyer-beneficiaire-sera-credite")

mail("fc24-fr-ibanfirst-incoming-usd", "Fri, 23 Oct 2026 16:40:00 +0200", "iBanFirst <no-reply@ibanfirst.com>",
     "Incoming payment credited to your USD account",
     [(P, """Dear Garance Fabre,

An incoming payment has been credited to your iBanFirst account.

Account:          LES TOQUES DE GARANCE - USD
Amount:           USD 3,150.00
Ordering party:   Hudson Valley Weddings LLC
Payment details:  GF-2026-087 CATERING DEPOSIT
Value date:       23 October 2026

You can convert these funds or keep them in USD from your iBanFirst platform.
Fees for this transaction: USD 0.00

iBanFirst SA - authorised payment institution, Brussels.
""", U, QP)],
     [c("3150.00", "USD", "Hudson Valley Weddings LLC", "GF-2026-087 CATERING DEPOSIT", "2026-10-23")],
     "en-ibanfirst-incoming-credited-usd-prefix-ordering-party-payment-details")

mail("fc25-fr-bp-aura-virement-instantane-html", "Sat, 24 Oct 2026 14:03:00 +0200",
     "Banque Populaire Auvergne Rhône Alpes <alertes@bpaura.banquepopulaire.fr>",
     "Virement instantané reçu",
     [(P, """Virement instantané reçu

Le samedi 24 octobre 2026 à 14h02, vous avez reçu 1 575,00 € sur votre compte Pro ...2087.

Émis par : SARL LA FABRIQUE A MARIAGES
Référence : 2026-MAR-0093

Banque Populaire Auvergne Rhône Alpes
""", U, QP),
      (H, """<html><body style="font-family:Arial;font-size:14px">
<h3 style="color:#0066b3">Virement instantané reçu</h3>
<p>Le samedi 24 octobre 2026 à 14h02, vous avez reçu <strong>1&#8239;575,00&nbsp;&euro;</strong> sur votre compte Pro ...2087.</p>
<p>Émis par&nbsp;: <strong>SARL LA FABRIQUE A MARIAGES</strong><br>Référence&nbsp;: 2026-MAR-0093</p>
<p style="font-size:10px;color:#888">Banque Populaire Auvergne Rhône Alpes - Société anonyme coopérative de Banque Populaire.</p>
</body></html>""", U, QP)],
     [c("1575.00", "EUR", "SARL LA FABRIQUE A MARIAGES", "2026-MAR-0093", "2026-10-24")],
     "fr-bp-aura-instantane-phrase-vous-avez-recu-emis-par-nnbsp-multipart")

mail("fc26-fr-anytime-semaine-entrees-sorties", "Mon, 26 Oct 2026 08:00:00 +0100", "Anytime <bonjour@anyti.me>",
     "Votre semaine Anytime du 19 au 25 octobre",
     [(P, """Bonjour Garance,

Votre semaine en un coup d'œil :

ENTRÉES (3)
  lun. 19 oct.   + 1\u202f180,00 €   Virement de SAS LUMEN EVENTS - « Solde D26-041 »
  mer. 21 oct.   + 96,00 €         Virement de Camille Roy - « Plateau fromages x2 »
  ven. 23 oct.   + 2\u202f054,00 €   Virement de ECOLE DE COMMERCE EMLV - « BC 88213 »

SORTIES (4)
  lun. 19 oct.   - 1\u202f312,48 €   Carte METRO LYON 7
  mar. 20 oct.   - 59,98 €         Prélèvement FREE PRO
  jeu. 22 oct.   - 612,47 €        Prélèvement BPIFRANCE
  ven. 23 oct.   - 38,00 €         Abonnement Anytime

Solde au 25/10 : 6\u202f104,33 €

Anytime - une marque d'Anytime SAS, établissement de monnaie électronique.
""", U, B64)],
     [c("1180.00", "EUR", "SAS LUMEN EVENTS", "Solde D26-041", "2026-10-19"),
      c("96.00", "EUR", "Camille Roy", "Plateau fromages x2", "2026-10-21"),
      c("2054.00", "EUR", "ECOLE DE COMMERCE EMLV", "BC 88213", "2026-10-23")],
     "fr-anytime-semaine-entrees-sorties-jour-abrege-sans-annee-nnbsp-b64")

mail("fc27-fr-abby-facture-payee", "Tue, 27 Oct 2026 11:26:00 +0100", "Abby <notifications@abby.fr>",
     "🎉 Votre facture n°2026-0112 a été payée",
     [(H, """<html><body style="font-family:Arial">
<p>Bonne nouvelle Garance !</p>
<p><strong>Atelier Nomade</strong> a réglé votre facture n°2026-0112 d'un montant de <strong>1&nbsp;150&nbsp;&euro;</strong>.</p>
<p>Paiement par virement, reçu le 27/10/2026, rapproché automatiquement avec votre compte bancaire.</p>
<p>Votre chiffre d'affaires encaissé en octobre : 18&nbsp;402&nbsp;&euro;. Pensez à déclarer votre TVA avant le 19/11.</p>
<p style="font-size:10px">Abby - Logiciel de facturation pour indépendants.</p>
</body></html>""", U, QP)],
     [c("1150.00", "EUR", "Atelier Nomade", "2026-0112", "2026-10-27")],
     "fr-abby-facture-payee-euros-ronds-entites-ca-encaisse-pied")

mail("fc28-distractor-shine-prime-bienvenue", "Tue, 27 Oct 2026 17:30:00 +0100", "Shine <hello@shine.fr>",
     "Garance, 100 € vous attendent",
     [(P, """Bonjour Garance,

Ouvrez votre compte pro Shine avant le 30 novembre et recevez 100 € de prime de bienvenue,
crédités sur votre compte dès votre premier versement de 2 000 € (ou plus).

Et toujours : virements instantanés gratuits, encaissements par carte à 1,5 %.

Offre soumise à conditions, réservée aux nouveaux clients. Shine SAS, filiale de la Société Générale.
""", U, QP)], [], "distractor-fr-shine-prime-bienvenue-credites-apres-versement")

mail("fc29-fr-cm-virement-recu-sans-annee", "Wed, 28 Oct 2026 12:15:00 +0100", "Crédit Mutuel <service-alertes@creditmutuel.fr>",
     "Un virement de 1 250 € vient d'arriver",
     [(P, """Crédit Mutuel - Alertes

Le 28 oct., un virement de 1 250 € a été porté sur votre compte ...9914.
Donneur d'ordre : GARAGE DES BROTTEAUX
Information : Repas fin de chantier 23 oct.

Vous pouvez désactiver cette alerte dans votre espace Crédit Mutuel.
""", U, QP)],
     [c("1250.00", "EUR", "GARAGE DES BROTTEAUX", "Repas fin de chantier 23 oct.", "2026-10-28")],
     "fr-cm-alerte-jour-sans-annee-euros-ronds-donneur-information")

mail("fc30-fr-sg-avis-virements-recus-numerotes", "Mon, 02 Nov 2026 07:50:00 +0100", "Société Générale <avis@societegenerale.fr>",
     "Avis de virements reçus",
     [(H, """<html><body style="font-family:Arial;font-size:13px">
<p>Madame, Monsieur,</p>
<p>Nous avons le plaisir de vous informer que les virements suivants ont été portés au crédit de votre compte professionnel n&deg; 00050 12345678 le vendredi 30 octobre 2026 :</p>
<ol>
<li><b>EUR&nbsp;2&#8239;900,00</b> &ndash; Donneur d'ordre&nbsp;: ONLYLYON TOURISME ET CONGRES &ndash; Réf.&nbsp;: BC 26-1442</li>
<li><b>EUR&nbsp;615,50</b> &ndash; Donneur d'ordre&nbsp;: M. PIERRE-ANTOINE GIRAUD &ndash; Réf.&nbsp;: SOLDE ANNIV 50 ANS</li>
<li><b>EUR&nbsp;88,00</b> &ndash; Donneur d'ordre&nbsp;: NATHALIE CHOMEL &ndash; Réf.&nbsp;: ATELIER CUISINE 31/10</li>
</ol>
<p>Frais de tenue de compte prélevés ce mois-ci : EUR&nbsp;24,00.</p>
<p style="font-size:10px;color:#777">Société Générale - S.A. au capital de 1 000 395 971,25 EUR - 552 120 222 RCS Paris.</p>
</body></html>""", L, QP)],
     [c("2900.00", "EUR", "ONLYLYON TOURISME ET CONGRES", "BC 26-1442", "2026-10-30"),
      c("615.50", "EUR", "M. PIERRE-ANTOINE GIRAUD", "SOLDE ANNIV 50 ANS", "2026-10-30"),
      c("88.00", "EUR", "NATHALIE CHOMEL", "ATELIER CUISINE 31/10", "2026-10-30")],
     "fr-sg-avis-virements-recus-liste-numerotee-eur-prefixe-nnbsp-latin1")

mail("fc31-distractor-kolb-releve-disponible", "Mon, 02 Nov 2026 09:00:00 +0100", "Banque Kolb <ne-pas-repondre@kolb.fr>",
     "Votre relevé d'octobre 2026 est disponible",
     [(P, """Madame FABRE,

Votre relevé de compte n° 10 du 01/10/2026 au 31/10/2026 est disponible dans votre espace client.

Compte ...0556
Ancien solde      : 6 470,12 EUR
Total des crédits : 1 370,00 EUR
Total des débits  :   988,35 EUR
Nouveau solde     : 6 851,77 EUR

Banque Kolb - Groupe Société Générale.
""", L, QP)], [], "distractor-fr-kolb-releve-disponible-totaux-ancien-nouveau-solde-latin1")

mail("fc32-fr-bunq-vous-avez-recu", "Sat, 31 Oct 2026 19:44:00 +0100", "bunq <notifications@bunq.com>",
     "Vous avez reçu 95,00 € de Léa Marchetti",
     [(P, """Vous avez reçu 95,00 € de Léa Marchetti.

Description : Tarte tatin x3 Halloween
Date : 31 octobre 2026

Le montant est disponible sur votre compte Business ...7761.
bunq B.V. - Naritaweg 131-133, Amsterdam.
""", U, E8)],
     [c("95.00", "EUR", "Léa Marchetti", "Tarte tatin x3 Halloween", "2026-10-31")],
     "fr-bunq-vous-avez-recu-de-description-8bit")
