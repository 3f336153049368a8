## Discord only: slash-command groups and options, modals, buttons and embeds.

discord-group-profile = Your profile: view or edit it
discord-option-list = { $field }, separated by commas
discord-option-place = { $field }: coordinates and a name, e.g. 37.5665, 126.9780 Mangwon
discord-place-placeholder = e.g. 37.5665, 126.9780 Mangwon
discord-form-title = A few details
discord-fill-in = ✏️ Fill in
discord-place-typed = 📍 Discord cannot send a location: type coordinates such as "37.5665, 126.9780" or a district or city such as "Mapo-gu".
discord-place-title = 📍 Place
discord-map-link = [{ $lat }, { $lng } · open the map]({ $url })
discord-group-market = Second-hand market: sell, search, your items, saved, alerts
discord-group-tips = Living-alone product tips
discord-option-photo = Photo { $n }
discord-group-ride = Share a taxi: request, my rides, ride alerts
