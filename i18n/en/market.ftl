## Marketplace, living-alone product tips, relayed chats.

cmd-sell = Sell something
cmd-market = Find second-hand things nearby
cmd-mine = My listings
cmd-saved = Saved items
cmd-alerts = Keyword alerts
cmd-tips = Living-alone product tips
cmd-tip = Write a product tip
cmd-rate = Rate a trade

field-title = Title
field-description = Description
field-price = Price
field-min-price = Minimum price
field-max-price = Maximum price
field-category = Category
field-condition = Condition
field-photos = Photos
field-place = Meeting place
field-message = Message
field-comment = Comment
field-keyword = Keyword
field-radius = Distance
field-reason = Reason
field-score = Stars
field-tag = Compliment
field-confirm = Confirm
field-product = Product
field-review = Review
field-rating = Stars

ask-title = What are you selling? Give it a title (up to 80 characters).
ask-description = Describe it (up to 2,000 characters), or skip.
ask-price = What price? For example 15000, 1만5천, or "free".
ask-category = Pick a category.
ask-condition = What condition is it in?
error-photo-expected = This question takes photos. Send one, or tap Done when you have sent them all.
ask-photos = Send up to 5 photos, then tap Done.
ask-tip-photo = Send one photo if you have one, or tap Done.
ask-item-place = Where will you hand it over? Share a location, type "37.56,126.97", or a place name such as "Gwanak-gu". Others never see the exact spot.
ask-search-place = Near where should I look? Share a location or type a place name such as "Mapo-gu".
ask-message = Write your message; { -brand } passes it on.
ask-comment = Add a comment (up to 300 characters), or skip.
ask-keyword = Which keyword should I watch? For example 전자레인지 or ㅈㅈㄹㅇㅈ.
ask-radius = How far away?
ask-reason = Why are you reporting it?
ask-score = How was the trade? Pick the stars.
ask-tag = Pick one thing to compliment.
ask-confirm = Send it anyway?
ask-product = Which product?
ask-review = How was it to use? (up to 1,000 characters)
ask-rating = Pick the stars.

category-furniture = Furniture
category-appliances = Appliances
category-kitchen = Kitchen
category-clothes = Clothes
category-books = Books
category-digital = Digital
category-household = Household
category-hobby = Hobby
category-other = Other

condition-new = New
condition-like_new = Like new
condition-good = Good
condition-fair = Fair

status-draft = Draft
status-available = For sale
status-reserved = Reserved
status-sold = Sold
status-withdrawn = Withdrawn
status-expired = Expired

report-reason-prohibited = Prohibited item
report-reason-scam = Looks like a scam
report-reason-offensive = Offensive
report-reason-duplicate = Spam or duplicate
report-reason-other = Other

score-5 = ★★★★★
score-4 = ★★★★
score-3 = ★★★
score-2 = ★★
score-1 = ★

rating-tag-on_time = On time
rating-tag-as_described = As described
rating-tag-friendly = Friendly
rating-tag-fair_price = Fair price
rating-tag-quick_reply = Quick replies

radius-1000 = 1 km
radius-3000 = 3 km
radius-5000 = 5 km
radius-10000 = 10 km

confirm-yes = Send
confirm-no = Don't send

contact-info-phone = a phone number
contact-info-account = an account number
contact-info-email = an e-mail address

price = { $amount ->
    [0] Free 🎁
   *[other] { WON($amount) }
}
age-minutes = { $n ->
    [0] just now
    [one] 1 minute ago
   *[other] { $n } minutes ago
}
age-hours = { $n ->
    [one] 1 hour ago
   *[other] { $n } hours ago
}
age-days = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}
distance-unknown = distance unknown
distance-m = about { $m } m
distance-km = about { NUMBER($km, maximumFractionDigits: 1) } km
rating-none = no reviews yet
rating-summary = ★ { NUMBER($average, minimumFractionDigits: 1) } ({ $count })
area-unnamed = unnamed area

item-card =
    { $title } · { $price }
    { $status } · { $category } · { $condition }

    { $description }

    📍 { PLACE($area) } ({ $distance }) · { $age }
    📷 { $photos } photo(s)
    Seller: { $seller } · { $rating }
item-line = { $n }. [{ $status }] { $title } · { $price } · { $distance } · { $age }
button-item-number = Open { $n }
market-results =
    Nearby:
    { $lines }
market-results-empty = Nothing nearby matches. Try a wider distance, or set a keyword alert. Filters can be typed too: /market desk furniture ~30000
mine-list =
    Your listings:
    { $lines }
mine-list-empty = You have not listed anything yet. Try /sell.
saved-list =
    Saved items:
    { $lines }
saved-list-empty = You have not saved anything.

button-publish = Publish
button-discard = Discard
button-reserve = Reserve
button-unreserve = Unreserve
button-sold = Sold
button-bump = Bump
button-price = Change price
button-edit = Edit
button-withdraw = Withdraw
button-renew = Relist
button-rate = Rate
button-contact = Contact seller
button-save = Save
button-report = Report
button-previous = ◀ Previous
button-next = Next ▶
button-alert-me = Alert me to new ones
button-person = { $name }
button-sold-elsewhere = Someone not listed here
button-view-item = View item
button-reply = Reply
button-share-handle = Share my handle
button-done = Done
button-delete-number = Delete { $n }
button-add-alert = Add an alert
button-write-tip = Write a tip
button-helpful = Helpful 👍

sell-preview = This is how it will look. Check it and tap Publish.
sell-published = "{ $title }" is listed for 30 days!
item-price-changed = Changed the price of "{ $title }".
item-edited = Updated "{ $title }".
item-saved = Saved. I will tell you if the price drops.
item-unsaved = Removed from your saved items.
button-unsave = Unsave
item-reported = Thank you for reporting it. We will take a look.
item-bumped = Bumped "{ $title }" to the top.
item-withdrawn = Withdrew "{ $title }".
item-renewed = "{ $title }" stays listed for another 30 days.
item-unreserved = "{ $title }" is no longer reserved.
item-sold = "{ $title }" is sold. Please rate the trade!
item-reserved = "{ $title }" is reserved.
pick-reserve = Reserve it for whom?
pick-buyer = Who bought it?
no-contacts-yet = Nobody has contacted you about it yet.

photo-received = Got { $count } of { $max } photos. Send more or tap Done.

relay-not-sent = Not sent.
relay-warning = ⚠️ Your message contains { $found }. Requests to pay first or to talk elsewhere are common scams.
relay-sent = Message passed on.
relay-handles-shared = Everyone agreed, so you now have each other's messenger handles.
relay-handle-waiting = Once the other side agrees too, you will both get each other's handles.

rate-thanks = Thanks for rating the trade!

alert-line = { $n }. "{ $keyword }" · within { NUMBER($km, maximumFractionDigits: 1) } km · { $price }
alert-any-price = any price
alerts-list =
    Your keyword alerts:
    { $lines }
alerts-empty = You have no keyword alerts. I can tell you when something you want is listed.
alert-added = Alert set for "{ $keyword }".
alert-deleted = Alert deleted.

tips-empty = No { $category } tips yet. Be the first!
tip-card =
    { $product } · ★{ $rating }
    { $body }
    — { $author } · helpful { $helpful }
tip-posted = Your tip is up. Thank you!
tip-voted = Marked helpful ({ $helpful } so far).

notify-price-drop = The price of "{ $title }", which you saved, dropped from { WON($before) } to { WON($after) }.
notify-item-reserved = The seller reserved "{ $title }" for you.
notify-item-sold-to-you = Your trade for "{ $title }" is done. Please rate the seller.
notify-alert-match = Alert "{ $keyword }": "{ $title }" ({ WON($price) }) was just listed.
notify-relay-message =
    💬 { $from } ("{ $topic }"):
    { $body }
notify-relay-handles =
    Here are each other's messenger handles:
    { $handles }

error-place-unknown = I don't know the place "{ $name }". Did you mean: { $suggestions }
error-place-unknown-no-match = I don't know the place "{ $name }". Type the district or city it is in, such as "Mapo-gu", coordinates such as "37.55, 126.92", or share a location.
error-price-negative = A price can't be negative. Type it like "15000" or "15,000", or "free" to give it away.
error-price-unreadable = I can't read "{ $typed }" as a price. Type it like "15000" or "15,000", or "free" to give it away.
error-price-too-high = Prices go up to { WON($max) }.
error-too-many-photos = Up to { $max } photos.
-photo-types-taken = Please send a JPEG, PNG or WebP picture (an iPhone's HEIC becomes a JPEG when sent as a photo).
error-photo-type = This { $type } file can't be used as a photo. { -photo-types-taken }
error-photo-type-unnamed = This file can't be used as a photo. { -photo-types-taken }
error-photo-too-large = This photo is too large ({ $size }); up to { $max } is accepted. Please make it smaller or send it as a photo rather than a file.
error-photo-transparent = A photo with a transparent background shows black or white on listings. Please send one with a background.
error-photo-unreadable = This file can't be read as a picture (it is damaged or not a picture). Please send a JPEG, PNG or WebP picture.
error-profanity = The title or description contains words that are not allowed. Please rephrase.
error-posting-too-fast = You can list up to { $max } items a day. Please try again tomorrow.
error-not-your-item = Only the seller can change this item.
error-item-unavailable = That can't be done while the item is { $status ->
    [draft] a draft
    [available] for sale
    [reserved] reserved
    [sold] sold
    [withdrawn] withdrawn
   *[expired] expired
}.
error-bump-too-soon = You can bump once every 3 days. Try again in { $hours } hour(s).
error-own-item = You can't do that with your own item.
error-not-a-contact = You can only pick someone who contacted you about this item.
error-already-rated = You have already rated this.
error-rating-not-allowed = Only the seller and the buyer of a completed trade can rate it.
error-already-reported = You have already reported this item.
error-too-many-alerts = You can have up to { $max } alerts.
error-not-in-conversation = That is not a conversation you are in.
error-own-tip = You can't vote for your own tip.
error-already-voted = You already marked this helpful.

notify-item-expiring = "{ $title }" comes off the market in { $days ->
    [one] 1 day
   *[other] { $days } days
}. To keep selling it, press "Relist".

## Neighbourhood boards: a group, channel or server channel where new items nearby are posted.

cmd-board = Make this chat the neighbourhood board
cmd-board-off = Stop this chat's neighbourhood board
ask-board-area = Which neighbourhood is this board for? Give a place name or coordinates after the command.
board-set =
    This chat is now the neighbourhood board for { PLACE($area) }, within { NUMBER($km) } km.
    New items listed there will be posted here as cards, and each card is updated when the item is reserved or sold.
    To stop: { $platform ->
        [discord] /market board-off
       *[other] /board_off
    }
board-updated = The neighbourhood board now covers { NUMBER($km) } km around the same area.
board-place-needed = Which neighbourhood should this board cover? Add it to the command, for example { $platform ->
    [discord] /market board place:Mapo-gu
   *[other] /board Mapo-gu
}
board-off = This chat is no longer a neighbourhood board. The cards already posted stay as they are.
board-off-none = This chat is not a neighbourhood board.
board-card-hidden = This item was taken down after several reports.
error-board-private-chat = A neighbourhood board lives in a group or channel (on Discord, a server channel). Type the command there.
error-board-not-manager = Only the chat's admins can set or stop its neighbourhood board.

## Bumping beyond the free bump, paid with points
button-bump-paid = ⬆️ Bump now for { $price } points
bump-paid-offer = The free bump comes once every 3 days: the next is in { $hours } hour(s). You can bump now for { $price } points instead (you have { $balance }).
bump-paid-short = The free bump comes once every 3 days: the next is in { $hours } hour(s). Bumping now takes { $price } points, and you have { $balance }. Verified people earn points when a trade is done and both sides have rated it.
item-bumped-paid = Bumped "{ $title }" to the top for { $price } points. { $balance } points left.
error-bump-just-done = It was just bumped and is still at the top. Try again in { $minutes } minute(s).
