# A tenth hand-worded set, written blind: forwarded / re-sent notifications and international senders in English.
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh9 fresh9-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

CLAIRE = "Claire Martin <claire@acme-conseil.fr>"

mail("f901-fwd-gmail-starling-paid-note", "Wed, 3 Feb 2027 08:41:00 +0100", CLAIRE,
     "Fwd: You've received a payment",
     [(P, """paid!

Claire

---------- Forwarded message ---------
From: Starling Bank <help@starlingbank.com>
Date: Tue, 2 Feb 2027 at 14:03
Subject: You've received a payment
To: <claire@acme-conseil.fr>


Hi Claire,

HARBOUR LIGHT STUDIOS LTD sent you £1,250.00.

Reference: INV-0142
Account: Acme Conseil Ltd ••4417

You can see this payment in the Starling app, under Spaces > Main account.

Starling Bank Limited is registered in England and Wales (No. 09092149). Authorised by the
Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA.
Eligible deposits are protected by the FSCS up to £85,000.
""", U, QP)],
     [c("1250.00", "GBP", "HARBOUR LIGHT STUDIOS LTD", "INV-0142", "2027-02-02")], "fwd-gmail-uk-sent-you-note")

mail("f902-fwd-outlook-fr-tr-signature", "Tue, 2 Feb 2027 09:15:00 +0100", CLAIRE,
     "TR: Avis de virement reçu",
     [(P, """Pour info, le client a payé la F-2026-114

Claire Martin
Gérante - Acme Conseil SARL au capital de 5 000 EUR
14 rue des Tanneurs, 67000 Strasbourg
Tél. +33 6 12 34 56 78

________________________________
De : LCL <noreply@information.lcl.fr>
Envoyé : lundi 1 février 2027 18:40
À : Claire Martin <claire@acme-conseil.fr>
Objet : Avis de virement reçu

Madame, Monsieur,

Nous vous informons qu'un virement d'un montant de 3 600,00 EUR a été inscrit au crédit
de votre compte n° 0234 567890 A le 01/02/2027.

Emetteur du virement : SARL BOIS DORMANT
Libellé : F-2026-114

Pour consulter le détail de vos opérations, connectez-vous à votre Espace Client.

LCL - Le Crédit Lyonnais - SA au capital de 2 037 713 591 euros - SIREN 954 509 741 RCS Lyon.
""", L, QP)],
     [c("3600.00", "EUR", "SARL BOIS DORMANT", "F-2026-114", "2027-02-01")], "fwd-outlook-fr-tr-signature")

mail("f903-uk-tide-youve-been-paid", "Thu, 4 Feb 2027 11:20:00 +0000", "Tide <hello@tide.co>",
     "You've been paid £540.00",
     [(P, """You've been paid

Good news! Meridian Lettings has paid £540.00 into your Tide account.

Reference   ML-20417
Date        4 February 2027
Account     ACME CONSEIL LTD (****2208)

Invite another business owner to Tide and you'll both get £75.

Tide is a trading name of Tide Platform Ltd. Tide business bank accounts are provided by ClearBank Ltd.
""", U, QP),
      (H, """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
<h1 style="font-size:22px">You've been paid</h1>
<p>Good news! <strong>Meridian Lettings</strong> has paid <strong>&pound;540.00</strong> into your Tide account.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td style="color:#777">Reference</td><td>ML-20417</td></tr>
<tr><td style="color:#777">Date</td><td>4 February 2027</td></tr>
<tr><td style="color:#777">Account</td><td>ACME CONSEIL LTD (****2208)</td></tr>
</table>
<p style="background:#eef3ff;padding:10px">Invite another business owner to Tide and you&rsquo;ll both get &pound;75.</p>
<p style="font-size:10px;color:#999">Tide is a trading name of Tide Platform Ltd. Tide business bank accounts are provided by ClearBank Ltd.</p>
</body></html>""", U, QP)],
     [c("540.00", "GBP", "Meridian Lettings", "ML-20417", "2027-02-04")], "uk-tide-has-paid-into")

mail("f904-fwd-apple-mercury-ach", "Thu, 4 Feb 2027 08:02:00 +0100", CLAIRE,
     "Fwd: Northwind Analytics Inc. sent you $4,800.00",
     [(P, """Voilà le paiement US, enfin !

Claire
Envoyé de mon iPhone

Begin forwarded message:

From: Mercury <hello@mercury.com>
Subject: Northwind Analytics Inc. sent you $4,800.00
Date: February 3, 2027 at 9:14:22 AM PST
To: Claire Martin <claire@acme-conseil.fr>

Northwind Analytics Inc. sent you $4,800.00

Amount         $4,800.00
From           Northwind Analytics Inc.
To             Acme Conseil LLC •• 6621 (Checking)
Method         ACH
Description    NWA-2027-007
Date           Feb 3, 2027

Your available balance is now $12,904.17.

Mercury is a financial technology company, not a bank. Banking services provided by
Choice Financial Group and Evolve Bank & Trust, Members FDIC.
""", U, QP)],
     [c("4800.00", "USD", "Northwind Analytics Inc.", "NWA-2027-007", "2027-02-03")], "fwd-apple-us-ach-labels")

mail("f905-uk-barclays-paid-into", "Thu, 4 Feb 2027 15:47:00 +0000", "Barclays <alerts@notifications.barclays.co.uk>",
     "Barclays alert: money in",
     [(P, """Barclays Alert: A payment of £2,000.00 from SEVERN BRIDGE CONSULTING has been paid into your account ending 3390 on 04/02/2027. Ref: SBC PO 7781. Your balance is now £6,118.42.

Please don't reply to this email. To manage your alerts, log in to Online Banking.
Barclays Bank UK PLC. Registered in England. Registered No. 9740322.
""", U, E8)],
     [c("2000.00", "GBP", "SEVERN BRIDGE CONSULTING", "SBC PO 7781", "2027-02-04")], "uk-paid-into-sms-style")

mail("f906-distractor-fwd-payment-scheduled", "Fri, 5 Feb 2027 10:05:00 +0100", CLAIRE,
     "Fwd: Payment scheduled - Kestrel Logistics GmbH",
     [(P, """They say it's coming on the 15th, don't mark it as paid yet.

---------- Forwarded message ---------
From: Kestrel Logistics GmbH via Tipalti <payments@tipalti.com>
Date: Thu, 4 Feb 2027 at 17:30
Subject: Payment scheduled - Kestrel Logistics GmbH
To: <claire@acme-conseil.fr>


Dear supplier,

Kestrel Logistics GmbH has scheduled a payment to you.

Payment amount:          EUR 7,250.00
Expected payment date:   15 February 2027
Invoice(s):              F-2027-009
Payment method:          SEPA bank transfer to IBAN ending 4417

Funds usually arrive 1-3 business days after the payment date. You will receive another
email once the payment has been sent.

This is an automated message sent by Tipalti on behalf of Kestrel Logistics GmbH.
""", U, QP)],
     [], "distractor-fwd-payment-scheduled")

mail("f907-cz-fio-variable-symbol", "Fri, 5 Feb 2027 07:12:00 +0100", "Fio banka <automat@fio.cz>",
     "Fio banka - account movement",
     [(P, """Fio banka, a.s. - notification of account movement

Account:              2401234567/2010
Amount:               +24 500,00
Currency:             CZK
Counter-account:      1234567890/0800
Counter-account name: Novák Software s.r.o.
VS:                   2027012
KS:                   0308
Type:                 Incoming payment
Date:                 05.02.2027
Available balance:    131 902,55 CZK

This e-mail was generated automatically. Fio banka, a.s., V Celnici 1028/10, Praha 1.
""", U, B64)],
     [c("24500.00", "CZK", "Novák Software s.r.o.", "2027012", "2027-02-05")], "cz-variable-symbol")

mail("f908-fwd-wg-de-outlook-holvi", "Mon, 8 Feb 2027 08:30:00 +0100", "Jonas Weber <jonas@acme-conseil.fr>",
     "WG: You received a payment",
     [(P, """Hallo Claire,

zur Info – die Zahlung von Müller ist da.

Gruß
Jonas

Von: Holvi <noreply@holvi.com>
Gesendet: Freitag, 5. Februar 2027 16:22
An: Jonas Weber <jonas@acme-conseil.fr>
Betreff: You received a payment

Hi Jonas,

You received a payment of €980.00 to your Holvi account.

Payer:         Müller Design GmbH
Message:       MD-2027-04
Booking date:  5 Feb 2027

Holvi Payment Services Oy, Kaikukatu 2 C, 00530 Helsinki, Finland.
""", U, QP)],
     [c("980.00", "EUR", "Müller Design GmbH", "MD-2027-04", "2027-02-05")], "fwd-wg-de-outlook-en-payer-message")

mail("f909-uk-xero-invoice-part-paid", "Fri, 5 Feb 2027 18:02:00 +0000", "Xero <messaging-service@post.xero.com>",
     "Payment received for INV-0087",
     [(H, """<html><body style="font-family:Arial,sans-serif">
<p>Hi Claire,</p>
<p><strong>Bluefin Marine Ltd</strong> has made a payment of <strong>£1,800.00</strong> towards invoice <strong>INV-0087</strong>.</p>
<table cellpadding="5" style="border:1px solid #ddd">
<tr><td>Payment date</td><td>5 Feb 2027</td></tr>
<tr><td>Invoice total</td><td>£2,400.00</td></tr>
<tr><td>Amount paid</td><td>£1,800.00</td></tr>
<tr><td>Amount due</td><td>£600.00</td></tr>
</table>
<p>The payment has been reconciled against your Tide account in Xero.</p>
<p style="font-size:11px;color:#888">Xero (UK) Ltd, 3 Piazza, Waterside, Bristol. You are receiving this because online invoice notifications are turned on.</p>
</body></html>""", U, QP)],
     [c("1800.00", "GBP", "Bluefin Marine Ltd", "INV-0087", "2027-02-05")], "uk-invoicing-part-payment-towards")

mail("f910-fwd-gmail-html-aib-daily", "Sat, 6 Feb 2027 19:40:00 +0100", CLAIRE,
     "Fwd: AIB Business: daily transaction alert",
     [(H, """<div dir="ltr">fyi two in yesterday + the office rent went out<br><br>C.</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername" dir="auto">AIB</strong> <span dir="auto">&lt;alerts@aib.ie&gt;</span><br>
Date: Sat, 6 Feb 2027 at 07:00<br>
Subject: AIB Business: daily transaction alert<br>
To: &lt;claire@acme-conseil.fr&gt;<br></div><br><br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<p>Dear Customer,</p>
<p>The following transactions were posted to your account IE29 AIBK 9311 5212 3456 78 on 05 Feb 2027:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Details</th><th>Reference</th><th>Debit &euro;</th><th>Credit &euro;</th><th>Balance &euro;</th></tr>
<tr><td>05 Feb 2027</td><td>HOLLAND &amp; BARR DESIGN</td><td>HB-7731</td><td></td><td>1,450.00</td><td>9,215.60</td></tr>
<tr><td>05 Feb 2027</td><td>D/D OFFICEHUB DUBLIN</td><td>OH FEB RENT</td><td>900.00</td><td></td><td>8,315.60</td></tr>
<tr><td>05 Feb 2027</td><td>O&#39;CONNELL ARCHITECTS</td><td>Q1 RETAINER</td><td></td><td>2,250.00</td><td>10,565.60</td></tr>
</table>
<p style="font-size:10px">Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.</p>
</blockquote></div>""", U, QP)],
     [c("1450.00", "EUR", "HOLLAND & BARR DESIGN", "HB-7731", "2027-02-05"),
      c("2250.00", "EUR", "O'CONNELL ARCHITECTS", "Q1 RETAINER", "2027-02-05")], "fwd-gmail-html-ie-debit-credit-columns")

mail("f911-distractor-uk-direct-debit-tomorrow", "Mon, 8 Feb 2027 09:00:00 +0000", "Monzo Business <business@monzo.com>",
     "A Direct Debit is coming out tomorrow",
     [(P, """Heads up 👋

Your Direct Debit to HMRC VAT for £1,312.40 will be collected tomorrow, 9 February.
You'll have £3,250.18 left in your account after it goes out.

Not enough in your account? Move money in from a Pot before 11pm tonight.

Get paid faster: send invoices from Monzo Business and the money lands in your account as soon as
your customer pays.

Monzo Bank Limited is registered in England No. 09446231. Authorised by the PRA.
""", U, QP)],
     [], "distractor-uk-direct-debit-tomorrow")

mail("f912-fwd-quoted-lloyds-money-in", "Tue, 9 Feb 2027 07:55:00 +0100", CLAIRE,
     "Fw: Lloyds Bank: money in",
     [(P, """Le cours d'anglais de février, réglé.

On 8 Feb 2027, at 12:31, Lloyds Bank <alerts@lloydsbank.co.uk> wrote:
>
> Money in: £740.00
>
> From:       K PATEL
> Reference:  LESSONS FEB KP
> Into:       Business Account ending 5521
> Date:       08 February 2027
>
> If you don't recognise this payment, call us on 0345 072 5555.
>
> Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN.
""", U, E8)],
     [c("740.00", "GBP", "K PATEL", "LESSONS FEB KP", "2027-02-08")], "fwd-quoted-gt-uk-money-in")

mail("f913-pl-mbank-two-incoming", "Mon, 8 Feb 2027 20:10:00 +0100", "mBank <kontakt@mbank.pl>",
     "mBank: incoming transfers",
     [(P, """Dear Customer,

The following incoming transfers were booked to your account mBiznes konto 52 1140 2004 0000 3102 1234 5678:

1) 08.02.2027   +3 200,00 PLN
   Sender: FIRMA HANDLOWA ZIELIŃSKI SP. Z O.O.
   Title:  ZAM/2027/0188

2) 08.02.2027   +1 150,50 PLN
   Sender: Kowalska Anna
   Title:  konsultacja luty

Balance after operations: 18 402,77 PLN

mBank S.A., ul. Prosta 18, 00-850 Warszawa. Share capital PLN 169 860 668 paid in full.
""", U, QP)],
     [c("3200.00", "PLN", "FIRMA HANDLOWA ZIELIŃSKI SP. Z O.O.", "ZAM/2027/0188", "2027-02-08"),
      c("1150.50", "PLN", "Kowalska Anna", "konsultacja luty", "2027-02-08")], "pl-numbered-sender-title")

mail("f914-fwd-gmail-html-paddle-payout", "Tue, 9 Feb 2027 10:12:00 +0100", CLAIRE,
     "Fwd: Your January payout has been paid",
     [(H, """<div dir="ltr">payout Paddle de janvier arrivé sur le compte</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername" dir="auto">Paddle</strong> <span dir="auto">&lt;payouts@paddle.com&gt;</span><br>
Date: Mon, 1 Feb 2027 at 16:45<br>
Subject: Your January payout has been paid<br>
To: &lt;claire@acme-conseil.fr&gt;<br></div><br><br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<h2>Your payout has been paid</h2>
<p>We've paid <b>US$1,932.40</b> to your bank account ending in 4417. It may take up to 3 business days to show on your statement.</p>
<table cellpadding="4">
<tr><td>Gross sales</td><td align="right">US$2,310.00</td></tr>
<tr><td>Paddle fees</td><td align="right">-US$153.60</td></tr>
<tr><td>Refunds</td><td align="right">-US$224.00</td></tr>
<tr><td><b>Net payout</b></td><td align="right"><b>US$1,932.40</b></td></tr>
</table>
<p style="font-size:11px;color:#888">Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT.</p>
</blockquote></div>""", U, QP)],
     [c("1932.40", "USD", "Paddle", None, "2027-02-01")], "fwd-gmail-html-payout-paid-breakdown")

mail("f915-se-nordea-daily-sek", "Wed, 10 Feb 2027 06:30:00 +0100", "Nordea <noreply@nordea.se>",
     "Nordea: account transactions 2027-02-09",
     [(P, """Account transactions 2027-02-09
Business account 3300 12 34567

Incoming payment
  From:    LINDQVIST BYGG AB
  OCR:     4410092716
  Amount:  SEK 12 500,00

Card purchase
  SAS SCANDINAVIAN AIRLINES
  Amount:  SEK -2 145,00

Incoming payment
  From:    Sofia Ek
  Message: Workshop 4 feb
  Amount:  SEK 3 800,00

Balance: SEK 41 902,10

Nordea Bank Abp, filial i Sverige. This is an automatically generated message.
""", U, QP)],
     [c("12500.00", "SEK", "LINDQVIST BYGG AB", "4410092716", "2027-02-09"),
      c("3800.00", "SEK", "Sofia Ek", "Workshop 4 feb", "2027-02-09")], "se-daily-blocks-ocr-message")

mail("f916-distractor-fwd-own-invoice-sent", "Wed, 10 Feb 2027 09:20:00 +0100", CLAIRE,
     "Fwd: Facture F-2027-021 de Acme Conseil",
     [(P, """À suivre : envoyée ce matin à Vertigo, échéance 30 jours.

---------- Forwarded message ---------
De : Acme Conseil via Pennylane <factures@pennylane.com>
Date: mer. 10 févr. 2027 à 08:58
Subject: Facture F-2027-021 de Acme Conseil
To: <compta@vertigo-studio.fr>
Cc: <claire@acme-conseil.fr>


Bonjour,

Veuillez trouver ci-joint la facture F-2027-021 d'un montant de 1 440,00 € TTC,
à régler avant le 12/03/2027 par virement sur le compte
IBAN FR76 1695 8000 0112 3456 7890 123 (BIC QNTOFRP1XXX).

Vous pouvez aussi payer en ligne : https://pay.pennylane.com/i/Fk29dQ

Merci pour votre confiance,
Acme Conseil
""", U, QP)],
     [], "distractor-fwd-own-invoice-sent")

mail("f917-en-payoneer-has-sent-you", "Tue, 9 Feb 2027 14:40:00 +0000", "Payoneer <no-reply@payoneer.com>",
     "You've received a payment!",
     [(H, """<html><body style="font-family:Arial">
<p>Hi Claire,</p>
<p>Good news! <b>Orbital Games Ltd</b> has sent you <b>USD 1,200.00</b>.</p>
<p>Description: January level design<br>
Date: February 9, 2027<br>
Transaction ID: 1748392011</p>
<p>The funds are now available in your USD balance. You can withdraw them to your local bank account at any time.</p>
<p style="font-size:11px;color:#777">Want a lower withdrawal fee? Upgrade to Payoneer Business Plus and save up to 1% on every withdrawal.<br>
Payoneer Europe Limited is authorised by the Central Bank of Ireland.</p>
</body></html>""", U, B64)],
     [c("1200.00", "USD", "Orbital Games Ltd", "January level design", "2027-02-09")], "en-has-sent-you-description")

mail("f918-fwd-outlook-fr-airwallex-sgd", "Wed, 10 Feb 2027 11:05:00 +0100", CLAIRE,
     "TR: You've received SGD 5,400.00",
     [(P, """Règlement du client Singapour, à rapprocher de la F-2027-004.

Claire

-----Message d'origine-----
De : Airwallex <noreply@airwallex.com>
Envoyé : mardi 9 février 2027 03:15
À : Claire Martin <claire@acme-conseil.fr>
Objet : You've received SGD 5,400.00

Hi Claire,

A deposit of SGD 5,400.00 has been credited to your SGD Global Account.

Sender name:    LIONGATE PTE. LTD.
Reference:      F-2027-004
Date received:  9 Feb 2027
Account:        Acme Conseil SAS - SGD ending 0931

Convert to EUR at interbank rates in one click.

Airwallex (Singapore) Pte. Ltd. is licensed by the Monetary Authority of Singapore.
""", U, B64)],
     [c("5400.00", "SGD", "LIONGATE PTE. LTD.", "F-2027-004", "2027-02-09")], "fwd-outlook-fr-message-origine-sgd")

mail("f919-us-brex-weekly-deposits", "Fri, 12 Feb 2027 15:00:00 -0500", "Brex <notifications@brex.com>",
     "Your week in Brex: $9,430.00 in",
     [(P, """Your week in Brex (Feb 8 - Feb 12, 2027)

Money in: $9,430.00
Money out: $3,210.55

Deposits
Feb 8   ACH from Pinecrest Dental LLC     $2,100.00   Memo: PD-INV-2031
Feb 10  Wire from Halvorsen AS            $5,830.00   Ref: HAL-PO-88
Feb 11  ACH from Jade River Yoga          $1,500.00

Top spend
Feb 9   AWS                               $1,204.55
Feb 11  Figma                               $450.00

Earn 7x points on rideshare this month.
Brex Inc. Banking services provided by Column N.A., Member FDIC.
""", U, QP),
      (H, """<html><body style="font-family:Inter,Arial">
<h2>Your week in Brex</h2><p style="color:#777">Feb 8 &ndash; Feb 12, 2027</p>
<p>Money in: <strong>$9,430.00</strong> &middot; Money out: <strong>$3,210.55</strong></p>
<h3>Deposits</h3>
<table cellpadding="4">
<tr><td>Feb 8</td><td>ACH from Pinecrest Dental LLC</td><td align="right">$2,100.00</td><td>Memo: PD-INV-2031</td></tr>
<tr><td>Feb 10</td><td>Wire from Halvorsen AS</td><td align="right">$5,830.00</td><td>Ref: HAL-PO-88</td></tr>
<tr><td>Feb 11</td><td>ACH from Jade River Yoga</td><td align="right">$1,500.00</td><td></td></tr>
</table>
<h3>Top spend</h3>
<table cellpadding="4">
<tr><td>Feb 9</td><td>AWS</td><td align="right">$1,204.55</td></tr>
<tr><td>Feb 11</td><td>Figma</td><td align="right">$450.00</td></tr>
</table>
<p style="font-size:11px;color:#999">Earn 7x points on rideshare this month.<br>Brex Inc. Banking services provided by Column N.A., Member FDIC.</p>
</body></html>""", U, QP)],
     [c("2100.00", "USD", "Pinecrest Dental LLC", "PD-INV-2031", "2027-02-08"),
      c("5830.00", "USD", "Halvorsen AS", "HAL-PO-88", "2027-02-10"),
      c("1500.00", "USD", "Jade River Yoga", None, "2027-02-11")], "us-weekly-digest-deposits-spend")

mail("f920-distractor-payout-failed-bank-rejected", "Fri, 12 Feb 2027 09:14:00 +0000", "Lemon Squeezy <hello@lemonsqueezy.com>",
     "Action needed: your payout failed",
     [(P, """Hey Claire,

Your payout of $612.30 could not be completed. Your bank rejected the transfer (reason: account closed).

We've returned the $612.30 to your Lemon Squeezy balance. Please update your payout details in
Settings > Payouts and we'll retry with the next payout run on February 19.

Sales this month so far: $1,048.00

— The Lemon Squeezy team
""", U, QP)],
     [], "distractor-en-payout-failed-bank-rejected")

mail("f921-fwd-apple-etsy-deposit", "Thu, 11 Feb 2027 21:03:00 +0100", CLAIRE,
     "Fwd: Your Etsy deposit has been sent",
     [(P, """Etsy a versé les ventes de la semaine.

Begin forwarded message:

> From: Etsy <transaction@etsy.com>
> Subject: Your Etsy deposit has been sent
> Date: 10 February 2027 at 18:22:07 CET
> To: Claire Martin <claire@acme-conseil.fr>
>
> Hi Claire,
>
> Etsy has sent a deposit of €318.40 to your bank account ending in 4417 on 10 February 2027.
> Deposits usually show up in your bank account within 1-3 business days.
>
> Shop: AcmeAtelierPrints
> Sales in this deposit: 14 orders
>
> Tip: Etsy Ads can help more buyers find your shop - try it from €1 a day.
>
> Etsy Ireland UC, One Le Pole Square, Ship Street Great, Dublin 8, Ireland.
""", U, QP)],
     [c("318.40", "EUR", "Etsy", None, "2027-02-10")], "fwd-apple-quoted-marketplace-deposit")

mail("f922-pt-millennium-ordering-party", "Wed, 10 Feb 2027 16:30:00 +0000", "Millennium bcp <alertas@millenniumbcp.pt>",
     "Millennium bcp - Transfer received",
     [(P, """Millennium bcp - SMS/Email Alert

Transfer received on your account PT50 0033 0000 4532 1098 7654 3.

Amount:          1.250,00 EUR
Ordering party:  TRANSPORTES SILVA & FILHOS LDA
Description:     ENC 7719 SILVA
Value date:      10-02-2027
Available balance: 7.804,15 EUR

Banco Comercial Portugues, S.A. - Sociedade Aberta. Capital social 3.000.000.000,78 euros.
""", L, B64)],
     [c("1250.00", "EUR", "TRANSPORTES SILVA & FILHOS LDA", "ENC 7719 SILVA", "2027-02-10")], "pt-ordering-party-value-date")

mail("f923-distractor-payout-scheduled-friday", "Mon, 15 Feb 2027 13:00:00 +0000", "Gumroad <noreply@gumroad.com>",
     "You made $530 this week 🎉",
     [(P, """Nice work, Claire!

You made $530.00 in sales this week from 18 customers.

Your next payout of $412.18 is scheduled for Friday, February 19, and will be sent to your
bank account ending in 4417. Payouts go out every Friday for balances over $10.

Top product: "Freelance Finance Notion Kit" - 11 sales

Gumroad, Inc. 548 Market St, San Francisco, CA 94104
""", U, QP)],
     [], "distractor-en-next-payout-scheduled-sales")

mail("f924-fwd-us-invoicing-payment-received-signature", "Fri, 12 Feb 2027 08:25:00 -0800", "Claire Martin <claire@acme-conseil.com>",
     "Fwd: Payment received: Invoice 1043",
     [(P, """Forwarding for the books.

--
Claire Martin | Acme Conseil LLC
+1 (415) 555-0142
535 Mission St, 14th Floor, San Francisco, CA 94105

---------- Forwarded message ---------
From: QuickBooks <quickbooks@notification.intuit.com>
Date: Thu, Feb 11, 2027 at 4:51 PM
Subject: Payment received: Invoice 1043
To: <claire@acme-conseil.com>


Harbor Point Veterinary paid invoice 1043.

Payment amount:   $650.00
Payment date:     02/11/2027
Payment method:   Bank transfer (ACH)
Deposit to:       Chase Business Checking (...8812)
Open balance:     $0.00

Intuit Inc. 2700 Coast Avenue, Mountain View, CA 94043.
""", U, E8)],
     [c("650.00", "USD", "Harbor Point Veterinary", "1043", "2027-02-11")], "fwd-gmail-us-invoice-paid-signature")

mail("f925-dk-danske-dkk-entities", "Fri, 12 Feb 2027 06:45:00 +0100", "Danske Bank <noreply@danskebank.dk>",
     "Danske Bank: new entries on your account",
     [(H, """<html><body style="font-family:Arial">
<p>Dear customer,</p>
<p>New entries have been posted to your account 3409-4820 112 233 (Erhvervskonto):</p>
<table border="0" cellpadding="5">
<tr style="background:#003755;color:#fff"><td>Date</td><td>Text</td><td align="right">Amount</td></tr>
<tr><td>10.02.2027</td><td>Incoming transfer<br>From: N&oslash;rgaard Arkitekter ApS<br>Message: NA PROJ 118</td><td align="right">DKK&nbsp;8.750,00</td></tr>
<tr><td>11.02.2027</td><td>Betalingsservice TDC ERHVERV</td><td align="right">DKK&nbsp;-399,00</td></tr>
<tr><td>11.02.2027</td><td>Incoming transfer<br>From: &#216;rsted Event A/S<br>Message: Honorar jan</td><td align="right">DKK&nbsp;22.400,00</td></tr>
</table>
<p>Balance: DKK&nbsp;96.215,40</p>
<p style="font-size:10px;color:#888">Danske Bank A/S, Bernstorffsgade 40, 1577 K&oslash;benhavn V. CVR-nr. 61126228.</p>
</body></html>""", U, QP)],
     [c("8750.00", "DKK", "Nørgaard Arkitekter ApS", "NA PROJ 118", "2027-02-10"),
      c("22400.00", "DKK", "Ørsted Event A/S", "Honorar jan", "2027-02-11")], "dk-html-entries-dot-grouping")

mail("f926-distractor-fwd-apple-payment-failed", "Mon, 15 Feb 2027 09:40:00 +0000", CLAIRE,
     "Fwd: Payment failed - Wren & Co",
     [(P, """Wren again... I'll call them today.

Claire

Begin forwarded message:

From: GoCardless <help@gocardless.com>
Subject: Payment failed - Wren & Co
Date: 14 February 2027 at 22:10:45 GMT
To: claire@acme-conseil.fr

Hi Claire,

Your payment of £180.00 from Wren & Co was not collected.

Reason: the customer's bank reported insufficient funds.
Payment reference: ACME-WREN-FEB
Charge date: 12 February 2027

We'll automatically retry the payment on 18 February 2027. If it succeeds, the funds will be
paid out to you on 22 February 2027.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN.
""", U, QP)],
     [], "distractor-fwd-apple-payment-failed-retry")

mail("f927-us-pos-transfer-deposited", "Fri, 12 Feb 2027 10:15:00 -0800", "Square <noreply@messaging.squareup.com>",
     "Your transfer of $812.45 has been deposited",
     [(P, """Hi Claire,

Your instant transfer of $812.45 has been deposited to your bank account ending 4471 on Feb 12, 2027.

Sales on Feb 11     $840.12
Processing fees     -$27.67
Instant fee          $0.00 (waived this month)
Transfer total      $812.45

Square, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612.
""", U, E8)],
     [c("812.45", "USD", "Square", None, "2027-02-12")], "us-pos-instant-transfer-deposited")

mail("f928-fwd-outlook-en-boi-two-lodgements", "Fri, 12 Feb 2027 12:30:00 +0000", "Claire Martin <claire@acme-conseil.ie>",
     "FW: 365 Business Alert",
     [(P, """Both Irish clients paid - can you match them to F-2027-012 and F-2027-015? Thanks

Claire Martin
Acme Conseil Ireland Ltd | 4 Grand Canal Square, Dublin 2 | +353 87 123 4567

From: Bank of Ireland <alerts@boi.com>
Sent: Thursday, February 11, 2027 6:02 PM
To: Claire Martin <claire@acme-conseil.ie>
Subject: 365 Business Alert

The following credits were lodged to your current account ending 0077 today:

Amount        From                       Reference
€1,980.00     DOYLE BREWING CO LTD       F-2027-012
€3,120.00     KEANE & DALY SOLICITORS    F-2027-015

Available balance: €14,702.33

Bank of Ireland is regulated by the Central Bank of Ireland.
""", U, E8)],
     [c("1980.00", "EUR", "DOYLE BREWING CO LTD", "F-2027-012", "2027-02-11"),
      c("3120.00", "EUR", "KEANE & DALY SOLICITORS", "F-2027-015", "2027-02-11")], "fwd-outlook-en-lodged-columns")

mail("f929-distractor-marketplace-order-cancelled", "Sat, 13 Feb 2027 17:20:00 +0000", "Fiverr <noreply@e.fiverr.com>",
     "Order #FO8812AB3 was cancelled",
     [(P, """Hi acme_claire,

Your order #FO8812AB3 with lucas_m was cancelled by mutual agreement.

The buyer has been refunded $150.00 to their Fiverr balance. This amount will not be added to
your earnings, and the order will not count towards your revenue.

Earnings available for withdrawal: $1,020.00

Fiverr International Ltd.
""", U, QP)],
     [], "distractor-en-order-cancelled-buyer-refunded")

mail("f930-shop-payout-deposited-eu-format", "Fri, 12 Feb 2027 09:00:00 +0100", "Shopify <no-reply@shopify.com>",
     "Your payout of €2.318,06 EUR has been deposited",
     [(P, """Acme Atelier

Shopify Payments has deposited €2.318,06 EUR into your bank account ending in 4417.

Deposited on: 12 February 2027

Charges    €2.476,90
Refunds    -€95,00
Fees       -€63,84
Total      €2.318,06

View payout details in your Shopify admin.
Shopify International Limited, 2nd Floor Victoria Buildings, Dublin 2, Ireland.
""", U, QP),
      (H, """<html><body style="font-family:-apple-system,Arial">
<p style="color:#777">Acme Atelier</p>
<p><b>Shopify Payments</b> has deposited <b>&euro;2.318,06 EUR</b> into your bank account ending in 4417.</p>
<p>Deposited on: 12 February 2027</p>
<table cellpadding="4">
<tr><td>Charges</td><td align="right">&euro;2.476,90</td></tr>
<tr><td>Refunds</td><td align="right">-&euro;95,00</td></tr>
<tr><td>Fees</td><td align="right">-&euro;63,84</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>&euro;2.318,06</b></td></tr>
</table>
<p style="font-size:11px;color:#999">Shopify International Limited, 2nd Floor Victoria Buildings, Dublin 2, Ireland.</p>
</body></html>""", U, QP)],
     [c("2318.06", "EUR", "Shopify Payments", None, "2027-02-12")], "shop-payout-deposited-breakdown")

mail("f931-fwd-gmail-settlement-no-note", "Sun, 14 Feb 2027 10:02:00 +0100", CLAIRE,
     "Fwd: Your settlement has been transferred",
     [(P, """---------- Forwarded message ---------
From: Mollie <no-reply@mollie.com>
Date: Thu, 11 Feb 2027 at 09:30
Subject: Your settlement has been transferred
To: <claire@acme-conseil.fr>


Hi Claire,

Mollie has transferred your settlement of €1.234,56 to your bank account NL** **** **** 4417.

Settlement period:                   1 - 10 February 2027
Transferred on:                      11 February 2027
Reference on your bank statement:    1234567.2702.01

Payments     €1.301,20   (37 payments)
Refunds      -€40,00
Fees         -€26,64

Mollie B.V., Keizersgracht 126, 1015 CW Amsterdam.
""", U, QP)],
     [c("1234.56", "EUR", "Mollie", "1234567.2702.01", "2027-02-11")], "fwd-gmail-settlement-statement-reference")

mail("f932-distractor-us-incoming-ach-returned", "Mon, 15 Feb 2027 11:30:00 -0500", "Relay <notifications@relayfi.com>",
     "Incoming ACH returned: $975.00 from Bluebird Cafe",
     [(P, """Hi Claire,

An incoming ACH transfer of $975.00 from Bluebird Cafe (memo: INV-2027-019) to your
Operations account (••3310) was returned by the sender's bank.

Return code: R01 - Insufficient funds
Original credit date: Feb 10, 2027
Returned on: Feb 15, 2027

The $975.00 has been debited from your Operations account. Your balance is now $8,044.90.

Relay is a financial technology company, not a bank. Banking services provided by Thread Bank, Member FDIC.
""", U, QP)],
     [], "distractor-us-incoming-ach-returned")
