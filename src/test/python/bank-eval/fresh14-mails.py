# A fifteenth hand-worded set, written blind (a small French studio paid by English-speaking clients and platforms).
#   python3 src/test/python/bank-eval/writer.py src/test/resources/eval/bank/fresh14 fresh14-mails.py
P, H = "plain", "html"
U, L = "utf-8", "iso-8859-1"
QP, B64, E8 = "quoted-printable", "base64", "8bit"

mail("fe01-en-stripe-payment-succeeded-dollar-from-customer", "Thu, 03 Dec 2026 14:12:00 +0000", "Stripe <notifications@stripe.com>",
     "Payment of $1,250.00 from Brightline Labs Inc.",
     [(P, """Atelier Lune SAS

You received a payment of $1,250.00 from Brightline Labs Inc.

Amount           $1,250.00 USD
Customer         Brightline Labs Inc. (ap@brightlinelabs.com)
Description      Invoice AL-2026-118 - UI audit
Payment method   ACH Direct Debit
Date             Dec 3, 2026

Stripe processing fees of $10.00 will be deducted from your balance.
View payment in Dashboard: https://dashboard.stripe.com/payments/py_3QkX

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", U, E8)],
     [c("1250.00", "USD", "Brightline Labs Inc.", "Invoice AL-2026-118 - UI audit", "2026-12-03")], "en-stripe-you-received-payment-from-customer-description-ach")

mail("fe02-en-paddle-payout-completed-usd-suffix", "Wed, 02 Dec 2026 09:01:00 +0000", "Paddle <payouts@paddle.com>",
     "Your Paddle payout has been completed",
     [(H, """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Payout completed</h2>
<p>Hi Atelier Lune,</p>
<p>Your payout for the period <b>1 November 2026 &ndash; 30 November 2026</b> has been completed and the funds have been sent to your bank account ending 4471.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Gross sales</td><td align="right">4,318.20 USD</td></tr>
<tr><td>Paddle fee</td><td align="right">-215.91 USD</td></tr>
<tr><td>Refunds</td><td align="right">-49.00 USD</td></tr>
<tr style="font-weight:bold"><td>Payout amount</td><td align="right">4,053.29 USD</td></tr>
<tr><td>Payout ID</td><td>po_01jd8k2m7x</td></tr>
<tr><td>Paid on</td><td>2 December 2026</td></tr>
</table>
<p style="font-size:11px;color:#777">Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT.</p>
</body></html>""", U, QP)],
     [c("4053.29", "USD", "Paddle", "po_01jd8k2m7x", "2026-12-02")], "en-paddle-payout-completed-gross-fee-refunds-usd-suffix-html")

mail("fe03-en-upwork-payment-received-fixed-price-milestone", "Tue, 01 Dec 2026 17:40:00 +0000", "Upwork <donotreply@upwork.com>",
     "You've been paid for \"Mobile app redesign - Milestone 2\"",
     [(P, """Hi Camille,

Good news! Northgate Analytics has released payment for your milestone.

Contract: Mobile app redesign
Milestone 2: High-fidelity screens
Amount released: $2,400.00
Upwork service fee: -$240.00
You earned: $2,160.00

The funds will be available in your Upwork balance on Tuesday, December 8, 2026 once the 5-day security period ends.

Thanks,
The Upwork Team
""", U, E8)],
     [], "distractor-en-upwork-milestone-released-available-after-security-period")

mail("fe04-en-wise-business-received-gbp-from", "Mon, 30 Nov 2026 11:22:00 +0000", "Wise <noreply@wise.com>",
     "You've received £1,850.00 from HOLLOWAY & REED LTD",
     [(P, """Hi Atelier Lune SAS,

HOLLOWAY & REED LTD sent you £1,850.00.

It's now in your GBP balance.

Reference: INV 0342 HOLLOWAY
Received: 30 November 2026

Your GBP balance: £6,204.17

Wise Europe SA, Rue du Trône 100, 1050 Brussels.
""", U, QP),
      (H, """<div style="font-family:Inter,Arial"><p>Hi Atelier Lune SAS,</p>
<p><strong>HOLLOWAY &amp; REED LTD</strong> sent you <strong>&pound;1,850.00</strong>.</p>
<p>It's now in your GBP balance.</p>
<p>Reference: INV 0342 HOLLOWAY<br>Received: 30 November 2026</p>
<p style="color:#888">Your GBP balance: &pound;6,204.17</p>
<p style="font-size:10px">Wise Europe SA, Rue du Tr&ocirc;ne 100, 1050 Brussels.</p></div>""", U, QP)],
     [c("1850.00", "GBP", "HOLLOWAY & REED LTD", "INV 0342 HOLLOWAY", "2026-11-30")], "en-wise-business-sent-you-gbp-balance-multipart")

mail("fe05-en-ap-remittance-advice-several-invoices-one-ach", "Fri, 27 Nov 2026 20:05:00 +0000", "Accounts Payable - Corvid Health <ap@corvidhealth.com>",
     "Remittance Advice - Payment 000418273",
     [(P, """REMITTANCE ADVICE

Payee:          ATELIER LUNE SAS
Payment No.:    000418273
Payment Method: ACH
Payment Date:   11/27/2026
Payment Amount: $7,350.00

Invoice #       Invoice Date   Gross Amount   Discount   Net Paid
AL-2026-097     09/30/2026        2,450.00        0.00    2,450.00
AL-2026-104     10/15/2026        2,450.00        0.00    2,450.00
AL-2026-111     10/31/2026        2,450.00        0.00    2,450.00
                                                        ---------
                                              TOTAL     7,350.00

Please allow 1-2 business days for funds to post to your account.
Questions? Contact ap@corvidhealth.com. Corvid Health, Inc. - Austin, TX
""", U, E8)],
     [c("7350.00", "USD", "Corvid Health", "000418273", "2026-11-27")], "en-us-ap-remittance-advice-ach-invoice-lines-one-payment-month-first")

mail("fe06-en-mercury-incoming-wire-received", "Thu, 26 Nov 2026 16:48:00 +0000", "Mercury <hello@mercury.com>",
     "Incoming wire: US$18,000 from Pinecrest Ventures LLC",
     [(H, """<html><body>
<p style="font-size:18px"><b>You received a wire</b></p>
<p>US$18,000.00 arrived in <b>Atelier Lune US Checking &bull;&bull;7720</b>.</p>
<table>
<tr><td style="color:#666">From</td><td>Pinecrest Ventures LLC</td></tr>
<tr><td style="color:#666">Sender bank</td><td>JPMorgan Chase Bank, N.A.</td></tr>
<tr><td style="color:#666">Memo</td><td>Retainer Q1 2027 / PO 5531</td></tr>
<tr><td style="color:#666">Date</td><td>Thursday, Nov 26, 2026</td></tr>
</table>
<p style="font-size:11px;color:#999">Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank &amp; Trust, Members FDIC.</p>
</body></html>""", U, B64)],
     [c("18000.00", "USD", "Pinecrest Ventures LLC", "Retainer Q1 2027 / PO 5531", "2026-11-26")], "en-mercury-wire-received-usd-symbol-memo-weekday-b64-html")

mail("fe07-en-invoice-sent-freshbooks", "Wed, 25 Nov 2026 10:00:00 +0000", "FreshBooks <no-reply@freshbooks.com>",
     "Invoice 0127 sent to Kelpie Digital Pty Ltd",
     [(P, """Your invoice has been sent!

Invoice 0127 for A$3,600.00 was emailed to Kelpie Digital Pty Ltd (accounts@kelpiedigital.com.au).
Due date: 25 December 2026

We'll let you know as soon as your client views or pays it.
""", U, E8)],
     [], "distractor-en-freshbooks-invoice-sent-aud-due-date")

mail("fe08-en-payoneer-payment-from-india-client", "Tue, 24 Nov 2026 07:15:00 +0000", "Payoneer <customersupport@payoneer.com>",
     "You've been paid by Sahyadri Softworks Pvt Ltd",
     [(P, """Dear Camille Martin,

Sahyadri Softworks Pvt Ltd has sent you a payment.

Payment amount: 1,900.00 USD
Payment description: Design system consulting - Oct 2026
Date received: 2026-11-24

The funds are available in your USD balance.

Payoneer Europe Limited is regulated by the Central Bank of Ireland.
""", U, QP)],
     [c("1900.00", "USD", "Sahyadri Softworks Pvt Ltd", "Design system consulting - Oct 2026", "2026-11-24")], "en-payoneer-has-sent-you-usd-suffix-iso-date")

mail("fe09-en-stripe-payout-in-transit", "Mon, 23 Nov 2026 02:30:00 +0000", "Stripe <notifications@stripe.com>",
     "Your payout of €2,918.40 is on its way",
     [(P, """Your payout of €2,918.40 is on its way to your bank account.

Payout ID: po_1QmZ8sL
Bank: BNP PARIBAS ••••6621
Expected arrival: Wednesday, Nov 25, 2026

Payouts can take up to 2 business days to appear.
""", U, QP)],
     [], "distractor-en-stripe-payout-on-its-way-expected-arrival-euro")

mail("fe10-en-revolut-business-daily-digest-three-in-one-out", "Sun, 22 Nov 2026 08:00:00 +0000", "Revolut Business <no-reply@revolut.com>",
     "Your daily summary for 21 Nov",
     [(H, """<html><body style="font-family:Arial">
<h3>Atelier Lune &mdash; transactions on Saturday, 21 November 2026</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Description</th><th>Reference</th><th>Amount</th></tr>
<tr><td>Money in from Maple &amp; Finch Inc.</td><td>AL-118 deposit</td><td>+CA$2,200.00</td></tr>
<tr><td>Figma</td><td>&mdash;</td><td>-&euro;45.00</td></tr>
<tr><td>Money in from Tan Keng Design Pte Ltd</td><td>INV-SG-0091</td><td>+SGD 3,480.00</td></tr>
<tr><td>Money in from O'Driscoll Studio Ltd</td><td>Nov illustrations</td><td>+&euro;950.00</td></tr>
</table>
<p>Money in: 3 &middot; Money out: 1</p>
<p style="font-size:10px">Refer a business and get &euro;50 each. Revolut Bank UAB.</p>
</body></html>""", U, QP)],
     [c("2200.00", "CAD", "Maple & Finch Inc.", "AL-118 deposit", "2026-11-21"),
      c("3480.00", "SGD", "Tan Keng Design Pte Ltd", "INV-SG-0091", "2026-11-21"),
      c("950.00", "EUR", "O'Driscoll Studio Ltd", "Nov illustrations", "2026-11-21")], "en-revolut-business-daily-html-signed-multicurrency-money-in-from")

mail("fe11-en-ach-credit-returned-r03", "Fri, 20 Nov 2026 15:00:00 +0000", "Brex <notifications@brex.com>",
     "Incoming ACH of $3,125.00 was returned",
     [(P, """An incoming ACH transfer of $3,125.00 from Dunmore Logistics LLC could not be completed and was returned to the sender.

Return reason: R03 - No account / unable to locate account
Original date: 11/19/2026

No funds were added to your account. Please ask the sender to verify your account details.
""", U, E8)],
     [], "distractor-en-brex-incoming-ach-returned-r03-no-funds-added")

mail("fe12-en-paypal-dispute-chargeback-gbp", "Thu, 19 Nov 2026 12:30:00 +0000", "PayPal <service@paypal.co.uk>",
     "A chargeback of £480.00 has been filed",
     [(P, """Hello Atelier Lune,

Your buyer's card issuer has filed a chargeback for £480.00 on transaction 8KX21934FJ556301T (Logo package, 2 October 2026).
We have placed a temporary hold of £480.00 on your balance while the case is reviewed.

Case ID: PP-R-QWE-512873
Respond by: 29 November 2026
""", U, QP)],
     [], "distractor-en-paypal-chargeback-filed-hold-gbp")
