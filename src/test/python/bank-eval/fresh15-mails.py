# A sixteenth hand-worded set, written blind (French banks and neobanks for professionals, invoicing tools).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh15 fresh15-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("ff01-fr-ca-sms-vir-inst-re", "Thu, 03 Dec 2026 08:14:00 +0100", "Credit Agricole Alpes Provence <alertes@ca-alpesprovence.fr>",
     "Alerte Credit Agricole",
     [(P, """CA Alpes Provence: credit de 1.250,00 EUR le 03/12 sur cpte ***0417. VIR INST RE SARL LES JARDINS DU LUBERON REF FA-2026-118. Solde 4.812,37 EUR. STOP au 36123
""", L, E8)],
     [c("1250.00", "EUR", "SARL LES JARDINS DU LUBERON", "FA-2026-118", "2026-12-03")], "fr-ca-sms-credit-de-vir-inst-re-point-milliers-solde")

mail("ff02-fr-cm-releve-quotidien-colonnes", "Wed, 02 Dec 2026 21:05:00 +0100", "Crédit Mutuel de Bretagne <ne-pas-repondre@cmb.fr>",
     "Votre relevé quotidien du 02.12.2026",
     [(P, """Relevé quotidien - Compte professionnel n° 15589 ... 0021

Date      Libellé                                           Débit        Crédit
02.12     VIRT SEPA RECU /DE BOULANGERIE KERLOC'H /REF CMD 5521                  480,00
02.12     PRLV SEPA ORANGE SA                               62,90
02.12     REMISE CHQ N 0004412 2 CHQ                                          1 135,50
02.12     CB LEROY MERLIN 01/12                            214,30

Total des opérations                                      277,20       1 615,50
Nouveau solde au 02.12.2026 :  + 9 774,18 EUR

Crédit Mutuel de Bretagne - Caisse fédérale, 1 rue Louis Lichou, 29480 Le Relecq-Kerhuon.
""", U, QP)],
     [c("480.00", "EUR", "BOULANGERIE KERLOC'H", "CMD 5521", "2026-12-02"),
      c("1135.50", "EUR", None, None, "2026-12-02")], "fr-cmb-releve-quotidien-colonnes-debit-credit-virt-recu-de-ref-remise-chq")

mail("ff03-fr-cic-html-table-encaissement-cb", "Thu, 03 Dec 2026 07:02:00 +0100", "CIC <infos@cic.fr>",
     "CIC - Vos opérations créditrices",
     [(H, """<html><body style="font-family:Verdana;font-size:12px">
<p>Bonjour,</p>
<p>Voici les opérations portées au crédit de votre compte <b>COMPTE COURANT PRO</b> depuis votre dernière connexion :</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#003e7e;color:#fff"><th>Date</th><th>Opération</th><th>Montant</th></tr>
<tr><td>jeudi 3 décembre</td><td>ENCAISSEMENT CB 02/12 TPE 4471028 REMISE 000318</td><td align="right">+&nbsp;2&#160;318,40&nbsp;&euro;</td></tr>
<tr><td>jeudi 3 décembre</td><td>VIR SEPA INST DE M. OLIVIER FAURE MOTIF LOYER DECEMBRE LOCAL 2</td><td align="right">+&nbsp;950,00&nbsp;&euro;</td></tr>
</table>
<p>Solde disponible : 15&#160;402,77&nbsp;&euro;</p>
<p style="font-size:9px;color:#777">CIC - Crédit Industriel et Commercial, SA au capital de 611 858 064 euros. Découvrez notre offre Pro : 100 &euro; offerts à l'ouverture.</p>
</body></html>""", U, QP)],
     [c("2318.40", "EUR", None, None, "2026-12-03"),
      c("950.00", "EUR", "M. OLIVIER FAURE", "LOYER DECEMBRE LOCAL 2", "2026-12-03")], "fr-cic-html-operations-creditrices-encaissement-cb-vir-sepa-inst-de-motif")

mail("ff04-distractor-fr-bp-prelevement-a-venir", "Thu, 03 Dec 2026 06:30:00 +0100", "Banque Populaire Grand Ouest <ne-pas-repondre@bpgo.banquepopulaire.fr>",
     "Prélèvement à venir sur votre compte",
     [(P, """Bonjour,

Un prélèvement SEPA sera présenté sur votre compte professionnel le 07/12/2026.

Créancier : URSSAF BRETAGNE
Montant : 1 842,00 €
Référence du mandat : URS-2019-0045581

Pensez à vérifier que votre compte est suffisamment créditeur à cette date.

Banque Populaire Grand Ouest
""", U, QP)],
     [], "distractor-fr-bpgo-prelevement-sera-presente-creancier-suffisamment-crediteur")

mail("ff05-fr-qonto-push-vous-avez-recu", "Thu, 03 Dec 2026 10:41:00 +0100", "Qonto <notifications@qonto.com>",
     "+3 600,00 € de Studio Nébuleuse",
     [(P, """Vous avez reçu un virement

Studio Nébuleuse vous a envoyé 3 600,00 € sur le compte « Principal ».

Référence : Facture Q-0092 acompte 50%
Reçu le : le 3 déc. 2026

Ouvrez l'app pour ajouter un justificatif.
""", U, B64)],
     [c("3600.00", "EUR", "Studio Nébuleuse", "Facture Q-0092 acompte 50%", "2026-12-03")], "fr-qonto-sujet-plus-de-vous-a-envoye-le-jour-abrege-b64")

mail("ff06-fr-pennylane-facture-payee", "Wed, 02 Dec 2026 16:20:00 +0100", "Pennylane <no-reply@pennylane.com>",
     "Bonne nouvelle : la facture F-2026-0311 a été payée",
     [(P, """Bonjour Camille,

Votre client MAISON DURAND & FILS a réglé la facture F-2026-0311 d'un montant de 1250€ TTC.

Le paiement a été rapproché automatiquement avec la transaction bancaire du 02/12/2026
« VIR SEPA MAISON DURAND ET FILS F-2026-0311 ».

Reste à encaisser sur vos factures en cours : 8 430€

L'équipe Pennylane
""", U, QP)],
     [c("1250.00", "EUR", "MAISON DURAND & FILS", "F-2026-0311", "2026-12-02")], "fr-pennylane-client-a-regle-euro-colle-reste-a-encaisser")

mail("ff07-distractor-fr-shine-virement-emis", "Thu, 03 Dec 2026 09:03:00 +0100", "Shine <hello@shine.fr>",
     "Virement envoyé à Imprimerie Vallon",
     [(P, """Ton virement est parti !

Montant : 540,00 €
Bénéficiaire : Imprimerie Vallon
Motif : Facture IV-7781
Date d'exécution : 03/12/2026

Imprimerie Vallon sera crédité d'ici quelques secondes s'il s'agit d'un virement instantané.
""", U, QP)],
     [], "distractor-fr-shine-ton-virement-est-parti-beneficiaire-sera-credite")

mail("ff08-fr-lcl-alerte-labelled-latin1", "Tue, 01 Dec 2026 18:45:00 +0100", "LCL <alertes@lcl.fr>",
     "LCL Alerte Pro : opération au crédit",
     [(P, """LCL Alerte Pro

Compte        : COMPTE PRO 0458 ... 27X
Opération     : VERSEMENT ESPECES AGENCE AIX MIRABEAU
Montant       : EUR 2 700,00
Date          : 01/12/2026

Pour ne plus recevoir cette alerte, rendez-vous dans votre Espace Client.
LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 EUR
""", L, QP)],
     [c("2700.00", "EUR", None, None, "2026-12-01")], "fr-lcl-alerte-pro-versement-especes-eur-prefixe-latin1")

mail("ff09-distractor-fr-sg-echeance-pret", "Mon, 30 Nov 2026 08:00:00 +0100", "Société Générale Professionnels <service.pro@societegenerale.fr>",
     "Avis d'échéance de votre prêt professionnel",
     [(H, """<html><body>
<p>Madame, Monsieur,</p>
<p>Nous vous informons que l'échéance de votre prêt n°&nbsp;PRO-88120457 sera prélevée le <strong>05/12/2026</strong>.</p>
<table>
<tr><td>Montant de l'échéance</td><td>1&nbsp;184,62&nbsp;&euro;</td></tr>
<tr><td>dont capital</td><td>1&nbsp;020,11&nbsp;&euro;</td></tr>
<tr><td>dont intérêts</td><td>151,01&nbsp;&euro;</td></tr>
<tr><td>dont assurance</td><td>13,50&nbsp;&euro;</td></tr>
</table>
<p>Merci de veiller à ce que votre compte soit approvisionné.</p>
</body></html>""", U, QP)],
     [], "distractor-fr-sg-pro-avis-echeance-pret-html-dont-capital")

mail("ff10-fr-tiime-deux-encaissements", "Thu, 03 Dec 2026 12:10:00 +0100", "Tiime <notifications@tiime.fr>",
     "2 factures ont été encaissées",
     [(H, """<div style="font-family:Helvetica">
<h3>2 factures ont été encaissées aujourd'hui</h3>
<ul>
<li><strong>SAS Octave Conseil</strong> — facture n°&nbsp;2026-047 — 1&#8239;800,00&nbsp;€ — payée le 03/12/2026</li>
<li><strong>Mme Léa Girard</strong> — facture n°&nbsp;2026-049 — 320,00&nbsp;€ — payée le 03/12/2026</li>
</ul>
<p>Facture n° 2026-050 (Bati Sud) : 2&#8239;150,00&nbsp;€ toujours en attente de paiement.</p>
</div>""", U, QP)],
     [c("1800.00", "EUR", "SAS Octave Conseil", "2026-047", "2026-12-03"),
      c("320.00", "EUR", "Mme Léa Girard", "2026-049", "2026-12-03")], "fr-tiime-factures-encaissees-liste-nnbsp-une-en-attente")
