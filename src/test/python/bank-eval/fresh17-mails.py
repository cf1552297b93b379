# An eighteenth hand-worded set, written blind: the messy real mailbox (forwards, pasted SMS, quoted threads, client claims).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh17 fresh17-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fh01-fwd-gmail-lcl-alerte-note-tu-peux-rapprocher", "Tue, 10 Nov 2026 08:47:00 +0100", "Claire Benoît <claire.benoit.acme@gmail.com>",
     "Fwd: LCL - Alerte virement reçu",
     [(P, """encore un paiement, tu peux rapprocher ?
merci !

Claire
--
Claire Benoît - Gérante
Acme Conseil - 12 rue des Tanneurs, 69002 Lyon
06 71 24 88 03

---------- Forwarded message ---------
De : LCL <alertes@info.lcl.fr>
Date: mar. 10 nov. 2026 à 07:02
Subject: LCL - Alerte virement reçu
To: <claire.benoit.acme@gmail.com>


Bonjour,

Un virement de 1 980,00 EUR a été porté au crédit de votre compte 0000 123456 X le 09/11/2026.
Emetteur : MENUISERIE GAUTHIER SARL
Libellé : FACT AC-2026-141 SOLDE

Votre solde disponible est de 14 207,55 EUR.

LCL - Le Crédit Lyonnais SA au capital de 2 037 713 591 EUR.
""", U, QP)],
     [c("1980.00", "EUR", "MENUISERIE GAUTHIER SARL", "FACT AC-2026-141 SOLDE", "2026-11-09")], "fwd-gmail-fr-lcl-porte-au-credit-note-rapprocher-signature-tel")

mail("fh02-fwd-outlook-de-envoye-objet-qonto-deux", "Wed, 11 Nov 2026 10:15:00 +0100", "Sophie Marchal (Cabinet Marchal Expertise) <s.marchal@marchal-expertise.fr>",
     "TR: 2 virements reçus",
     [(P, """Bonjour,

Je vous transfère l'alerte de la banque de la cliente, deux encaissements à lettrer sur le 411.

Bien cordialement,
Sophie Marchal
Expert-comptable - Cabinet Marchal Expertise
Tél. : 04 78 52 19 60 | 8 quai Saint-Vincent, 69001 Lyon

________________________________
De : Qonto <notifications@qonto.com>
Envoyé : mercredi 11 novembre 2026 09:31
À : Sophie Marchal <s.marchal@marchal-expertise.fr>
Objet : 2 virements reçus

Bonjour Claire,

Vous avez reçu 2 virements aujourd'hui :

- + 640,00 € de Studio Lumen — « Facture AC-2026-137 »
- + 3 150,00 € de Brasserie des Canuts SAS — « AC-2026-139 acompte 50% »

Reçus le 11 novembre 2026.

L'équipe Qonto
""", U, QP)],
     [c("640.00", "EUR", "Studio Lumen", "Facture AC-2026-137", "2026-11-11"),
      c("3150.00", "EUR", "Brasserie des Canuts SAS", "AC-2026-139 acompte 50%", "2026-11-11")], "fwd-outlook-fr-comptable-de-envoye-objet-deux-tirets-guillemets")

mail("fh03-fwd-apple-debut-message-reexpedie-shine", "Thu, 12 Nov 2026 19:40:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "Fwd: Vous avez reçu de l'argent",
     [(P, """Celui-là c'est pour la formation d'octobre

Envoyé de mon iPhone

Début du message réexpédié :

> De: Shine <hello@shine.fr>
> Date: 12 novembre 2026 à 18:55:21 UTC+1
> À: claire@acme-conseil.fr
> Objet: Vous avez reçu de l'argent
>
> Bonne nouvelle !
>
> ASSOCIATION LES AMIS DU RHONE vous a envoyé 450,00 €.
>
> Référence : FORMATION OCT 26 - AC-2026-128
> Date : 12/11/2026
>
> Retrouvez toutes vos transactions dans l'app Shine.
""", U, E8)],
     [c("450.00", "EUR", "ASSOCIATION LES AMIS DU RHONE", "FORMATION OCT 26 - AC-2026-128", "2026-11-12")], "fwd-apple-debut-reexpedie-gt-quoted-vous-a-envoye-iphone")

mail("fh04-sms-pasted-cic-note", "Fri, 13 Nov 2026 12:03:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "sms banque",
     [(P, """Je te copie le SMS du CIC de ce matin :

"CIC: Virement recu 2 400,00EUR de SCI LES GLYCINES ref LOYER NOV BUREAU 3. Solde 16 052,10EUR le 13/11"

et celui d'hier soir :

"CIC: Virement recu 85,00EUR de M. PIERRE ALIX ref COTIS ATELIER. Solde 13 652,10EUR le 12/11"

Bises
C.
""", U, E8)],
     [c("2400.00", "EUR", "SCI LES GLYCINES", "LOYER NOV BUREAU 3", "2026-11-13"),
      c("85.00", "EUR", "M. PIERRE ALIX", "COTIS ATELIER", "2026-11-12")], "fr-deux-sms-cic-recopies-guillemets-eur-colle-solde")

mail("fh05-screenshot-text-pasted", "Fri, 13 Nov 2026 16:20:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "capture",
     [(P, """j'arrive pas à joindre la capture, je te recopie ce que dit l'appli :

Virement reçu de SARL Dupont 1 200 € réf FA-2026-118
hier, 17:42

(c'est bien la 118 ! enfin)
""", U, E8)],
     [c("1200.00", "EUR", "SARL Dupont", "FA-2026-118", "2026-11-12")], "fr-capture-recopiee-a-la-main-hier-euros-ronds")

mail("fh06-client-claims-paid-en", "Mon, 16 Nov 2026 09:05:00 +0000", "Mark Hollis <accounts@hollis-design.co.uk>",
     "RE: Invoice AC-2026-118 overdue",
     [(P, """Hi Claire,

We've just paid invoice 118 (€1,200) by transfer this morning, it should reach you in 1-2 days. Sorry for the delay.

Kind regards,
Mark Hollis
Finance, Hollis Design Ltd
+44 20 7946 0321

-----Original Message-----
From: Relance <relance@acme-conseil.fr>
Sent: 14 November 2026 08:00
To: accounts@hollis-design.co.uk
Subject: Invoice AC-2026-118 overdue

Dear customer, invoice AC-2026-118 of EUR 1,200.00 was due on 31/10/2026. Please arrange payment.
""", U, E8)],
     [], "distractor-en-client-says-just-paid-by-transfer-not-booked-until-bank")

mail("fh07-reply-credit-in-quoted-part", "Tue, 17 Nov 2026 14:22:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "Re: Fwd: Paiement reçu - Revolut Business",
     [(P, """Oui c'est bien lui, tu peux lettrer avec la facture 143.

Le mar. 17 nov. 2026 à 11:10, Julien (compta) <julien@acme-conseil.fr> a écrit :
> C'est quoi ce paiement ? je ne trouve pas la facture
>
> Le mar. 17 nov. 2026 à 09:48, Claire Benoît <claire@acme-conseil.fr> a écrit :
>> ---------- Forwarded message ---------
>> From: Revolut Business <no-reply@revolut.com>
>> Date: Tue, 17 Nov 2026 at 08:30
>> Subject: Payment received
>>
>> You received €2,750.00 from KLEINER ARCHITEKTEN GMBH
>> Reference: RE 2026-0893
>> Date: 17 Nov 2026
>> Account: Acme Conseil EUR Main
""", U, QP)],
     [c("2750.00", "EUR", "KLEINER ARCHITEKTEN GMBH", "RE 2026-0893", "2026-11-17")], "reply-thread-fr-credit-en-double-quote-revolut-en")

mail("fh08-digest-pipes-one-line", "Wed, 18 Nov 2026 06:00:00 +0100", "Crédit Coopératif <alertes@credit-cooperatif.coop>",
     "Vos opérations du 17/11/2026",
     [(P, """Vos opérations du 17/11/2026 sur le compte 21045 000847 : 17/11 | PRLV SEPA URSSAF RHONE ALPES | -1 284,00 | 17/11 | VIR SEPA RECU DE ATELIER NOMADE REF AC-2026-131 | +780,00 | 17/11 | CB CARREFOUR LYON 16/11 | -42,37 | 17/11 | VIR SEPA RECU DE MAIRIE DE VILLEURBANNE REF MANDAT 2026-4471 | +5 400,00 | Solde au 17/11 : 22 913,48
Crédit Coopératif - Société coopérative anonyme de Banque Populaire à capital variable.
""", L, QP)],
     [c("780.00", "EUR", "ATELIER NOMADE", "AC-2026-131", "2026-11-17"),
      c("5400.00", "EUR", "MAIRIE DE VILLEURBANNE", "MANDAT 2026-4471", "2026-11-17")], "fr-releve-une-ligne-barres-verticales-signes-debits-melanges-latin1")

mail("fh09-fwd-founder-did-x-pay", "Wed, 18 Nov 2026 11:30:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "Hollis a payé ?",
     [(P, """Salut Julien,

Est-ce que Hollis Design a payé la 118 (1 200 €) ? Il m'a dit lundi qu'il avait fait le virement mais je ne vois rien sur le compte.

Et la Brasserie, le solde de 3 150 € c'est toujours pour fin novembre ?

Claire
06 71 24 88 03
""", U, E8)],
     [], "distractor-fr-fondatrice-demande-si-client-a-paye")

mail("fh10-fwd-stripe-payout-brut-commission-net", "Thu, 19 Nov 2026 09:12:00 +0100", "Claire Benoît <claire@acme-conseil.fr>",
     "Fwd: Votre versement Stripe a été effectué",
     [(H, """<div dir="ltr">pour le rapprochement des ventes en ligne de la semaine<br><br>-- <br>Claire Benoît · Acme Conseil · 06&nbsp;71&nbsp;24&nbsp;88&nbsp;03</div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De&nbsp;: <strong>Stripe</strong> &lt;notifications@stripe.com&gt;<br>Date: jeu. 19 nov. 2026 à 08:01<br>Subject: Versement de 1&nbsp;912,46&nbsp;€ effectué<br></div><br>
<table style="font-family:Helvetica">
<tr><td colspan="2"><h2>Versement effectué vers votre compte bancaire</h2></td></tr>
<tr><td>Montant brut</td><td style="text-align:right">1&nbsp;980,00&nbsp;&euro;</td></tr>
<tr><td>Commission Stripe</td><td style="text-align:right">&minus;67,54&nbsp;&euro;</td></tr>
<tr><td><strong>Montant net</strong></td><td style="text-align:right"><strong>1&nbsp;912,46&nbsp;&euro;</strong></td></tr>
<tr><td>Date d'arrivée</td><td style="text-align:right">19 novembre 2026</td></tr>
<tr><td>Descripteur</td><td style="text-align:right">STRIPE PO_1QxZ4kAcme</td></tr>
<tr><td>Compte</td><td style="text-align:right">FR76 •••• 4521</td></tr>
</table></div>""", U, QP)],
     [c("1912.46", "EUR", "Stripe", "STRIPE PO_1QxZ4kAcme", "2026-11-19")], "fwd-gmail-html-fr-stripe-versement-brut-commission-net-minus-entity")
