# A seventeenth hand-worded set, written blind (public sector, institutions, marketplaces, factoring).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh16 fresh16-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fg01-fr-chorus-pro-avis-paiement-numero-engagement", "Tue, 10 Mar 2026 06:12:00 +0100", "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
     "[Chorus Pro] Avis de paiement - facture FA-2026-0112",
     [(P, """Bonjour,

La facture ci-dessous, déposée sur Chorus Pro, a été payée par le service comptable.

Fournisseur : ATELIER LUMEN SARL (SIRET 812 345 678 00021)
Destinataire : MINISTERE DE LA CULTURE - DRAC OCCITANIE
Numéro de facture : FA-2026-0112
Numéro d'engagement : 1300187452
Montant payé : 4 860,00 EUR
Date de mise en paiement : 09/03/2026
Référence du virement : DRFIP31 FA-2026-0112

Le délai de réception des fonds dépend de votre établissement bancaire.

Ceci est un message automatique de Chorus Pro, merci de ne pas y répondre.
""", U, QP)],
     [c("4860.00", "EUR", "MINISTERE DE LA CULTURE - DRAC OCCITANIE", "DRFIP31 FA-2026-0112", "2026-03-09")], "fr-chorus-pro-avis-paiement-numero-engagement-mise-en-paiement")

mail("fg02-fr-tresor-public-mandat-mairie-html", "Wed, 11 Mar 2026 14:40:00 +0100", "DGFiP - Service de gestion comptable de Rodez <sgc.rodez@dgfip.finances.gouv.fr>",
     "Avis de virement - Commune de Millau",
     [(H, """<html><body style="font-family:Marianne,Arial">
<p>Madame, Monsieur,</p>
<p>Le comptable public vous informe qu'un virement a été émis en votre faveur pour le compte de la <strong>COMMUNE DE MILLAU</strong>.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Mandat n°</th><th>Bordereau</th><th>Objet</th><th>Montant</th></tr>
<tr><td>2026-000784</td><td>143</td><td>Animation atelier médiathèque février</td><td align="right">1&nbsp;250,00&nbsp;&euro;</td></tr>
</table>
<p>Date d'émission du virement : 10 mars 2026</p>
<p>Les fonds seront portés au crédit de votre compte selon les délais interbancaires habituels.</p>
<p style="font-size:10px">Direction générale des Finances publiques — Trésor Public</p>
</body></html>""", U, QP)],
     [c("1250.00", "EUR", "COMMUNE DE MILLAU", "2026-000784", "2026-03-10")], "fr-dgfip-sgc-avis-virement-mandat-bordereau-table-html")

mail("fg03-distractor-chorus-facture-rejetee", "Wed, 11 Mar 2026 09:03:00 +0100", "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
     "[Chorus Pro] Changement de statut : facture REJETEE",
     [(P, """Bonjour,

Le statut de votre facture a changé.

Numéro de facture : FA-2026-0119
Montant TTC : 2 340,00 EUR
Destinataire : CENTRE HOSPITALIER DE NARBONNE
Nouveau statut : REJETÉE
Motif du rejet : Numéro d'engagement absent ou erroné

Aucun paiement ne sera effectué sur cette facture. Vous pouvez déposer une nouvelle facture
portant le numéro d'engagement communiqué par l'acheteur public.

Chorus Pro
""", U, QP)],
     [], "distractor-fr-chorus-pro-facture-rejetee-motif-engagement")

mail("fg04-fr-urssaf-remboursement-trop-percu", "Thu, 12 Mar 2026 11:20:00 +0100", "Urssaf <noreply@urssaf.fr>",
     "Votre remboursement a été effectué",
     [(P, """Bonjour Madame Perrin,

Suite à l'examen de votre compte cotisant, un excédent de versement a été constaté.
Nous avons procédé au remboursement de la somme de trois cent douze euros et quarante centimes
(312,40 €) par virement sur votre compte bancaire le 11 mars 2026.

Référence du remboursement : RBT 117 0000 4471 2026
Période concernée : 4e trimestre 2025

Votre Urssaf
Ce courriel est envoyé depuis une adresse qui ne peut recevoir de réponse.
""", U, E8)],
     [c("312.40", "EUR", "Urssaf", "RBT 117 0000 4471 2026", "2026-03-11")], "fr-urssaf-remboursement-excedent-montant-en-lettres")

mail("fg05-distractor-urssaf-appel-cotisations", "Thu, 05 Mar 2026 08:00:00 +0100", "Urssaf <noreply@urssaf.fr>",
     "Votre échéancier de cotisations",
     [(P, """Bonjour,

Vos cotisations sociales provisionnelles du 1er trimestre 2026 s'élèvent à 1 486,00 €.
Ce montant sera prélevé sur votre compte le 5 avril 2026.

Pensez à déclarer votre chiffre d'affaires : en cas de baisse de revenu, vous pouvez demander
une modulation et être remboursé d'un éventuel trop-perçu.

Votre Urssaf
""", U, E8)],
     [], "distractor-fr-urssaf-appel-provisionnel-sera-preleve-trop-percu")

mail("fg06-fr-dgfip-remboursement-credit-tva", "Fri, 13 Mar 2026 10:15:00 +0100", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
     "Votre demande de remboursement de crédit de TVA",
     [(H, """<html><body>
<p>Bonjour,</p>
<p>Votre demande de <b>remboursement de crédit de TVA</b> (formulaire n°3519) déposée le 16/02/2026 a été acceptée.</p>
<ul>
<li>Entreprise : ATELIER LUMEN SARL</li>
<li>Montant remboursé : <strong>7&#160;918&nbsp;&euro;</strong></li>
<li>Date de valeur : 12/03/2026</li>
<li>Référence : DGFIP REMB CTVA 2026 0045871</li>
</ul>
<p>Le montant figurera sur votre relevé bancaire sous le libellé « DGFIP FINANCES PUBLIQUES ».</p>
<p>Retrouvez le détail dans votre espace professionnel, rubrique « Consulter &gt; Compte fiscal ».</p>
</body></html>""", U, B64)],
     [c("7918.00", "EUR", "DGFIP FINANCES PUBLIQUES", "DGFIP REMB CTVA 2026 0045871", "2026-03-12")], "fr-impots-gouv-remboursement-credit-tva-3519-html-b64-euros-ronds")

mail("fg07-distractor-echeance-tva-a-payer", "Mon, 16 Mar 2026 07:30:00 +0100", "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
     "Rappel : échéance de TVA",
     [(P, """Bonjour,

Votre déclaration de TVA CA3 de février 2026 fait apparaître un montant à payer de 2 204 €.
Date limite de dépôt et de paiement : 24/03/2026.

Le paiement sera prélevé sur le compte désigné dans votre espace professionnel.
Si votre déclaration dégage un crédit de TVA, vous pouvez en demander le remboursement.

La Direction générale des Finances publiques
""", U, QP)],
     [], "distractor-fr-impots-echeance-tva-ca3-montant-a-payer")

mail("fg08-fr-cpam-bordereau-tiers-payant-kine", "Tue, 17 Mar 2026 05:50:00 +0100", "Assurance Maladie - ameli <noreply@ameli.fr>",
     "Relevé de paiement tiers payant - bordereau 2026-03-16",
     [(P, """Madame Léa Marchal, masseur-kinésithérapeute (n° AM 75 1 23456 7)

La CPAM de Paris a effectué un virement de 486,22 EUR le 16/03/2026
au titre des factures télétransmises suivantes :

  Lot      Facture   Bénéficiaire      Date soins   Montant
  0312     00087     DUPONT M.         02/03/2026    96,20
  0312     00088     NGUYEN T.         03/03/2026   144,30
  0313     00091     ROBERT C.         05/03/2026   245,72
                                       Total viré   486,22

Référence du paiement : CPAM750 PS 2026031600417

Ce relevé ne constitue pas une facture.
""", L, QP)],
     [c("486.22", "EUR", "CPAM de Paris", "CPAM750 PS 2026031600417", "2026-03-16")], "fr-ameli-cpam-releve-tiers-payant-bordereau-patients-total-vire-latin1")

mail("fg09-fr-bpifrance-versement-subvention", "Wed, 18 Mar 2026 16:02:00 +0100", "Bpifrance <ne-pas-repondre@bpifrance.fr>",
     "Versement de votre aide - Bourse French Tech",
     [(P, """Bonjour,

Nous avons le plaisir de vous informer du versement de la première tranche de votre aide
« Bourse French Tech » (dossier DOS0187745).

Montant versé : 18 000,00 €  (70 % de l'aide accordée de 25 714,29 €)
Date du virement : 18 mars 2026
Libellé sur votre relevé : BPIFRANCE FINANCEMENT DOS0187745

Le solde de l'aide, soit 7 714,29 €, vous sera versé après réception du rapport de fin de programme.

L'équipe Bpifrance
""", U, QP)],
     [c("18000.00", "EUR", "BPIFRANCE FINANCEMENT", "DOS0187745", "2026-03-18")], "fr-bpifrance-versement-tranche-subvention-solde-a-venir")

mail("fg10-fr-defacto-financement-facture", "Thu, 19 Mar 2026 10:30:00 +0100", "Defacto <notifications@getdefacto.com>",
     "Votre financement est en route 🚀",
     [(H, """<div style="font-family:Inter,sans-serif">
<h3>Financement versé</h3>
<p>Bonne nouvelle&nbsp;! Nous avons financé la facture <b>F-2026-031</b> émise à <b>Groupe Hexagone SA</b>.</p>
<table>
<tr><td>Montant de la facture</td><td>9&#8239;600,00&nbsp;€</td></tr>
<tr><td>Montant financé (95&nbsp;%)</td><td>9&#8239;120,00&nbsp;€</td></tr>
<tr><td>Frais de financement</td><td>- 68,40&nbsp;€</td></tr>
<tr><td><b>Montant versé sur votre compte</b></td><td><b>9&#8239;051,60&nbsp;€</b></td></tr>
<tr><td>Versé le</td><td>19/03/2026</td></tr>
</table>
<p>Le remboursement sera prélevé à l'échéance, le 18/05/2026.</p>
</div>""", U, QP)],
     [c("9051.60", "EUR", "Defacto", "F-2026-031", "2026-03-19")], "fr-defacto-financement-facture-verse-frais-nnbsp-html")

mail("fg11-fr-centre-hospitalier-avis-deux-virements-latin1", "Fri, 20 Mar 2026 13:10:00 +0100", "Trésorerie du Centre Hospitalier de Béziers <tresorerie@ch-beziers.fr>",
     "Avis de paiement fournisseur",
     [(P, """CENTRE HOSPITALIER DE BEZIERS - SERVICE FACTURIER
Comptable assignataire : Trésor Public, Trésorerie hospitalière de Béziers

Fournisseur : ATELIER LUMEN SARL

Nous vous informons des paiements suivants :

Mandat n° 2026/01422 - Facture FA-2026-0098 - 640,00 EUR - virement émis le 17/03/2026
Mandat n° 2026/01507 - Facture FA-2026-0104 - 1.115,50 EUR - virement émis le 19/03/2026

Pour toute réclamation, rappelez le numéro de mandat.
""", L, QP)],
     [c("640.00", "EUR", "CENTRE HOSPITALIER DE BEZIERS", "2026/01422", "2026-03-17"),
      c("1115.50", "EUR", "CENTRE HOSPITALIER DE BEZIERS", "2026/01507", "2026-03-19")], "fr-tresorerie-hospitaliere-avis-paiement-mandats-lignes-point-milliers-latin1")

mail("fg12-fr-pharmacie-releve-reglements-amc-deux-organismes", "Sat, 21 Mar 2026 07:00:00 +0100", "Relevés tiers payant <releves@rsp-pharmacie.fr>",
     "Règlements reçus du 20/03",
     [(H, """<html><body>
<p>Pharmacie du Marché — relevé des règlements tiers payant reçus le <b>20/03/2026</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Organisme</th><th>N° bordereau</th><th>Nb factures</th><th>Montant</th></tr>
<tr><td>VIAMEDIS (Harmonie Mutuelle)</td><td>VM-880143</td><td>12</td><td>387,14&nbsp;&euro;</td></tr>
<tr><td>ALMERYS (MGEN)</td><td>AL-2026-55102</td><td>7</td><td>152,90&nbsp;&euro;</td></tr>
<tr><td colspan="3"><i>Factures en attente de paiement</i></td><td><i>1&nbsp;204,33&nbsp;&euro;</i></td></tr>
</table>
<p>Les rejets éventuels sont consultables dans votre logiciel officinal.</p>
</body></html>""", U, QP)],
     [c("387.14", "EUR", "VIAMEDIS (Harmonie Mutuelle)", "VM-880143", "2026-03-20"),
      c("152.90", "EUR", "ALMERYS (MGEN)", "AL-2026-55102", "2026-03-20")], "fr-pharmacie-releve-reglements-amc-organismes-bordereaux-en-attente-html")

mail("fg13-fr-caf-psu-versement-micro-creche", "Mon, 23 Mar 2026 09:45:00 +0100", "Caf de l'Hérault <ne-pas-repondre@caf.fr>",
     "Notification de paiement - Prestation de service unique",
     [(P, """Micro-crèche Les Petits Pas
N° gestionnaire : 34-EAJE-0412

La Caf de l'Hérault vous informe qu'un acompte de prestation de service unique (PSU)
au titre de l'exercice 2026 a été mis en paiement le 20 mars 2026.

Montant : 5 730,00 €
Objet du virement : CAF 34 PSU ACPT1 2026

Le droit définitif sera calculé après transmission de vos données d'activité réelles.
""", U, QP)],
     [c("5730.00", "EUR", "Caf de l'Hérault", "CAF 34 PSU ACPT1 2026", "2026-03-20")], "fr-caf-notification-paiement-psu-acompte-mis-en-paiement")

mail("fg14-fr-france-travail-arce-versement", "Tue, 24 Mar 2026 12:00:00 +0100", "France Travail <ne-pas-repondre@francetravail.fr>",
     "Votre aide à la reprise ou à la création d'entreprise (ARCE)",
     [(P, """Bonjour Madame Perrin,

Nous vous confirmons le paiement du premier versement de votre ARCE.

Montant : 6 412,35 euros
Payé le : 23/03/2026
Identifiant France Travail : 4471203K

Le second versement, d'un montant identique, interviendra 6 mois après la date de début
de votre activité, sous réserve que vous exerciez toujours cette activité.

Votre conseiller France Travail
""", U, E8)],
     [c("6412.35", "EUR", "France Travail", None, "2026-03-23")], "fr-france-travail-arce-premier-versement-euros-en-mot-second-a-venir")

mail("fg15-distractor-chorus-mise-en-paiement-prevue", "Tue, 24 Mar 2026 06:05:00 +0100", "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
     "[Chorus Pro] Facture FA-2026-0125 : mise en paiement",
     [(P, """Bonjour,

Votre facture a été mandatée par le service ordonnateur.

Numéro de facture : FA-2026-0125
Numéro d'engagement : 2100449871
Destinataire : REGION OCCITANIE
Montant à payer : 3 120,00 EUR
Statut : MISE EN PAIEMENT
Date prévisionnelle de mise en paiement : 02/04/2026

Vous recevrez un avis de paiement lorsque le virement aura été émis par le comptable public.
""", U, QP)],
     [], "distractor-fr-chorus-pro-mise-en-paiement-date-previsionnelle")

mail("fg16-distractor-bpifrance-demande-pieces", "Wed, 25 Mar 2026 15:20:00 +0100", "Bpifrance <ne-pas-repondre@bpifrance.fr>",
     "Action requise : pièces manquantes pour le versement de votre prêt",
     [(P, """Bonjour,

Votre Prêt d'honneur / Prêt de développement (dossier DOS0191320) d'un montant de 40 000 €
a été accordé. Afin de procéder au décaissement des fonds, merci de déposer dans votre espace :

- le Kbis de moins de 3 mois ;
- le RIB du compte professionnel ;
- le contrat de prêt signé.

Sans ces pièces, le versement ne pourra pas être effectué.

L'équipe Bpifrance
""", U, QP)],
     [], "distractor-fr-bpifrance-demande-pieces-decaissement-pret")

mail("fg17-fr-silvr-decaissement-financement", "Thu, 26 Mar 2026 10:00:00 +0100", "Silvr <hello@silvr.co>",
     "Your Silvr funding has been disbursed",
     [(P, """Hi Camille,

Great news: your funding of €25,000.00 has been disbursed to your account FR76 **** 4821
on 26 March 2026.

Funding ID: SLV-FR-20384
Repayment: 6% of your monthly revenue, starting April 2026.
Flat fee: €1,750.00 (included in the total to repay of €26,750.00)

Need more? Refer a friend and get €500 off your next fee.

The Silvr team
""", U, E8)],
     [c("25000.00", "EUR", "Silvr", "SLV-FR-20384", "2026-03-26")], "en-silvr-funding-disbursed-euro-prefix-comma-repay-total")

mail("fg18-fr-karmen-versement-html-b64", "Fri, 27 Mar 2026 11:11:00 +0100", "Karmen <contact@karmen.io>",
     "Les fonds sont en chemin… et déjà versés !",
     [(H, """<html><body>
<p>Bonjour,</p>
<p>Votre financement Karmen n°<b>KRM-7731</b> a été versé ce jour, <b>vendredi 27 mars</b>.</p>
<p style="font-size:22px">+&nbsp;15&nbsp;000&nbsp;&euro;</p>
<p>Remboursement : 12 mensualités de 1&nbsp;337,50&nbsp;&euro;, première échéance le 27 avril.</p>
<p>Karmen SAS — financement basé sur le revenu.</p>
</body></html>""", U, B64)],
     [c("15000.00", "EUR", "Karmen", "KRM-7731", "2026-03-27")], "fr-karmen-financement-verse-jour-semaine-sans-annee-plus-euros-ronds-b64")

mail("fg19-fr-affacturage-bank-financement-creances-releve", "Mon, 30 Mar 2026 08:30:00 +0200", "CIC Factor - Espace client <noreply@cmcic-factor.fr>",
     "Relevé hebdomadaire - financement de créances",
     [(P, """CIC FACTOR - Contrat n° 0044871 - ATELIER LUMEN SARL

Relevé du 23/03/2026 au 29/03/2026

Date      Opération                                  Débit       Crédit
23/03     Remise de créances n° 112 (4 factures)                11 840,00
24/03     Financement de créances - virement                     9 472,00
25/03     Commission d'affacturage                    118,40
27/03     Remise de créances n° 113 (2 factures)                 3 260,00
27/03     Financement de créances - virement                     2 608,00
29/03     Retenue de garantie                          326,00

Disponible à financer : 652,00 EUR
Les virements de financement sont adressés sur votre compte FR76 1009 ...
""", L, QP)],
     [c("9472.00", "EUR", "CIC FACTOR", None, "2026-03-24"),
      c("2608.00", "EUR", "CIC FACTOR", None, "2026-03-27")], "fr-cic-factor-releve-remises-financements-colonnes-debit-credit-sans-annee-latin1")

mail("fg20-fr-foncia-reversement-loyer", "Tue, 31 Mar 2026 17:40:00 +0200", "Foncia Gestion Locative <ne-pas-repondre@foncia.com>",
     "Votre compte rendu de gérance - mars 2026",
     [(P, """Madame Perrin,

Compte rendu de gérance - Local commercial, 12 rue des Tanneurs, Montpellier
Locataire : SAS BOULANGERIE DU TANNEUR

Loyer mars 2026 ........................... 1 450,00 €
Provision sur charges ......................  120,00 €
Honoraires de gestion (7 % TTC) ........... - 109,90 €
Assurance loyers impayés .................. -  39,25 €
                                            ----------
Montant reversé ........................... 1 420,85 €

Le reversement a été effectué par virement le 31/03/2026.
Référence : FONCIA REV 03-2026 LOT 0412

Foncia — Carte professionnelle CPI 7501 2018 000 000 123
""", U, QP)],
     [c("1420.85", "EUR", "Foncia Gestion Locative", "FONCIA REV 03-2026 LOT 0412", "2026-03-31")], "fr-foncia-compte-rendu-gerance-reversement-net-honoraires-pointilles")

mail("fg21-en-etsy-deposit-sent", "Wed, 01 Apr 2026 04:10:00 +0200", "Etsy <transaction@etsy.com>",
     "Your Etsy Payments deposit has been sent",
     [(P, """Hi LumenAtelier,

We've sent a deposit of €842.17 to your bank account ending in 4821 on April 1, 2026.
Deposits usually show in your bank account within 1-3 business days.

Deposit ID: 3318842291
Current balance after deposit: €0.00

Etsy Ireland UC, One Le Pole Square, Dublin 8
""", U, E8)],
     [c("842.17", "EUR", "Etsy", "3318842291", "2026-04-01")], "en-etsy-payments-deposit-sent-ending-in-euro-prefix")

mail("fg22-fr-back-market-virement-vendeur-html", "Thu, 02 Apr 2026 09:00:00 +0200", "Back Market Pro <payments@backmarket.fr>",
     "Paiement de vos ventes — période du 16 au 31 mars",
     [(H, """<html><body><h2>Votre paiement</h2>
<table>
<tr><td>Ventes (14 commandes)</td><td>3&nbsp;215,00 €</td></tr>
<tr><td>Commission Back Market</td><td>-&nbsp;385,80 €</td></tr>
<tr><td>Remboursements clients</td><td>-&nbsp;189,00 €</td></tr>
<tr><td><strong>Virement effectué</strong></td><td><strong>2&nbsp;640,20 €</strong></td></tr>
</table>
<p>Virement envoyé le 2 avril 2026 — référence BM-PAY-FR-558102.</p>
</body></html>""", U, QP)],
     [c("2640.20", "EUR", "Back Market", "BM-PAY-FR-558102", "2026-04-02")], "fr-back-market-paiement-ventes-periode-commission-virement-effectue-html")

mail("fg23-fr-uber-eats-deliveroo-forward-note", "Fri, 03 Apr 2026 21:15:00 +0200", "Camille Perrin <camille@lumen-atelier.fr>",
     "Fwd: paiements plateformes resto",
     [(P, """Salut le bot, voilà les deux virements des plateformes pour le resto cette semaine, à rapprocher stp.
Camille

---------- Forwarded message ---------
De : Uber Eats <restaurants@uber.com>
Date : lun. 30 mars 2026
Objet : Votre relevé de paiement hebdomadaire

Ventes 23 mars - 29 mars : 1 904,50 €
Frais de service Uber Eats : -571,35 €
Paiement versé le 30/03/2026 : 1 333,15 €

---------- Forwarded message ---------
De : Deliveroo <restaurants@deliveroo.fr>
Date : mer. 1 avr. 2026
Objet : Votre facture et votre paiement

Nous avons effectué un virement de 912,40 € le 01/04/2026 (réf. DRO-INV-22871).
""", U, QP)],
     [c("1333.15", "EUR", "Uber Eats", None, "2026-03-30"),
      c("912.40", "EUR", "Deliveroo", "DRO-INV-22871", "2026-04-01")], "fwd-gmail-fr-uber-eats-deliveroo-deux-releves-note-tutoiement")

mail("fg24-fr-booking-airbnb-hote-versements", "Sat, 04 Apr 2026 08:00:00 +0200", "Airbnb <automated@airbnb.com>",
     "Nous vous avons envoyé 2 versements",
     [(P, """Bonjour Camille,

Nous avons envoyé les versements suivants sur votre compte se terminant par 4821 :

03 avr.  HMX4K2RZ8Q  Gîte du Causse, 27-31 mars   412,00 €
03 avr.  HM9PLQ20TA  Gîte du Causse, 31 mars-3 avr.  338,50 €

Les versements peuvent prendre jusqu'à 5 jours ouvrés pour arriver.
""", U, QP)],
     [c("412.00", "EUR", "Airbnb", "HMX4K2RZ8Q", "2026-04-03"),
      c("338.50", "EUR", "Airbnb", "HM9PLQ20TA", "2026-04-03")], "fr-airbnb-hote-deux-versements-codes-reservation-jour-abrege-sans-annee")

mail("fg25-distractor-booking-reservation-confirmee", "Sat, 04 Apr 2026 12:30:00 +0200", "Booking.com <noreply@booking.com>",
     "Nouvelle réservation ! (4 nuits, 560 €)",
     [(P, """Nouvelle réservation pour Gîte du Causse
Client : M. Hoffmann
Arrivée : 18 avril 2026 - Départ : 22 avril 2026
Montant total : 560,00 €  (commission : 84,00 €)
Paiement : le client paiera à l'établissement.
""", U, E8)],
     [], "distractor-fr-booking-nouvelle-reservation-montant-commission")

mail("fg26-distractor-la-redoute-paiement-en-cours-prevu", "Mon, 06 Apr 2026 10:00:00 +0200", "La Redoute Marketplace <marketplace@laredoute.fr>",
     "Votre paiement est en cours",
     [(P, """Bonjour,
Le paiement de vos ventes de mars, d'un montant de 1 076,40 €, est en cours de traitement.
Le virement est prévu le 10/04/2026.
""", U, E8)],
     [], "distractor-fr-la-redoute-marketplace-paiement-en-cours-prevu-le")

mail("fg27-distractor-assurance-prelevement-cotisation", "Tue, 07 Apr 2026 07:00:00 +0200", "MMA Pro <ne-pas-repondre@mma.fr>",
     "Prélèvement de votre cotisation Multirisque Professionnelle",
     [(P, """Madame,
Nous vous informons que la cotisation de votre contrat Multirisque Pro n° 145 887 221,
d'un montant de 94,18 €, sera débitée de votre compte le 10 avril 2026.
En cas de sinistre, votre indemnité vous est versée sous 48 h.
""", U, E8)],
     [], "distractor-fr-mma-prelevement-cotisation-assurance-sera-debitee")

mail("fg28-fr-maif-indemnite-sinistre", "Wed, 08 Apr 2026 14:00:00 +0200", "MAIF <gestion-sinistres@maif.fr>",
     "Règlement de votre sinistre n° 26-114-8873",
     [(P, """Madame,
Suite au dégât des eaux survenu dans vos locaux, nous avons procédé au règlement de
l'indemnité de 2 318,60 € (franchise de 150,00 € déduite), par virement, date de valeur 07/04/2026.
Libellé : MAIF INDEMNISATION 26-114-8873
""", U, QP)],
     [c("2318.60", "EUR", "MAIF", "MAIF INDEMNISATION 26-114-8873", "2026-04-07")], "fr-maif-reglement-sinistre-date-valeur-libelle")

mail("fg29-fr-fnac-darty-mirakl-virement", "Thu, 09 Apr 2026 06:00:00 +0200", "Fnac Darty Marketplace <no-reply@mirakl.net>",
     "Virement de vos reversements",
     [(P, """Cycle de facturation : 01/03/2026 - 31/03/2026
Montant des ventes TTC : 1'980.00 EUR
Commissions : -237.60 EUR
Montant viré : 1'742.40 EUR
Date du virement : 08/04/2026
N° de facture de commission : FD-COM-2026-03-7781
""", U, E8)],
     [c("1742.40", "EUR", "Fnac Darty Marketplace", None, "2026-04-08")], "fr-fnac-darty-mirakl-cycle-montant-vire-apostrophe")

mail("fg30-fr-ulule-helloasso-forward", "Fri, 10 Apr 2026 18:20:00 +0200", "Camille Perrin <camille@lumen-atelier.fr>",
     "TR: Versement HelloAsso",
     [(P, """Pour la compta : versement de la billetterie de l'atelier portes ouvertes.

-----Message d'origine-----
De : HelloAsso <contact@helloasso.com>
Envoyé : jeudi 9 avril 2026
Objet : Votre versement a été effectué

Le versement de 660 € (22 participations) pour la campagne « Portes ouvertes Lumen »
a été effectué le 9 avril sur le compte de l'association.
Identifiant du versement : HA-PO-99012
""", U, QP)],
     [c("660.00", "EUR", "HelloAsso", "HA-PO-99012", "2026-04-09")], "fwd-outlook-fr-helloasso-versement-billetterie-euros-ronds-note")

mail("fg31-fr-qonto-resume-jour-publics-mixte", "Sat, 11 Apr 2026 07:00:00 +0200", "Qonto <notifications@qonto.com>",
     "Vos transactions du 10 avril",
     [(P, """Résumé de la journée

+ 1 872,00 €   VIR SEPA DRFIP HERAULT REF MANDAT 2026-2201
+   214,60 €   VIR SEPA CPAM HERAULT REF PS 2026041000871
-   482,00 €   PRLV SEPA URSSAF LANGUEDOC
+ 3 000,00 €   VIR SEPA REGION OCCITANIE REF PASS OCCITANIE 2026

Solde : 21 408,77 €
""", U, QP)],
     [c("1872.00", "EUR", "DRFIP HERAULT", "MANDAT 2026-2201", "2026-04-10"),
      c("214.60", "EUR", "CPAM HERAULT", "PS 2026041000871", "2026-04-10"),
      c("3000.00", "EUR", "REGION OCCITANIE", "PASS OCCITANIE 2026", "2026-04-10")], "fr-qonto-resume-jour-vir-sepa-publics-prlv-urssaf-mixte")

mail("fg32-distractor-finexkap-offre", "Mon, 13 Apr 2026 09:00:00 +0200", "Finexkap <news@finexkap.com>",
     "Recevez jusqu'à 50 000 € sous 24 h",
     [(P, """Vos factures publiques payées à 60 jours ? Finexkap vous verse jusqu'à 50 000 € sous 24 h.
Premier financement : frais offerts (jusqu'à 200 €). Activez votre compte.
""", U, E8)],
     [], "distractor-fr-finexkap-offre-financement-recevez-sous-24h")
