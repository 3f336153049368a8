## Hobby groups: finding, creating, joining and running them, the board and its notices.

cmd-groups = Find hobby groups nearby
cmd-group = Create a hobby group
cmd-mygroups = My groups
cmd-group-board = Group board
discord-group-group = Hobby groups: find, create, mine

## What creating and editing a group asks

field-group-name = Group name
field-group-tags = Tags
field-group-policy = Who may join
field-group-limit = Member limit
field-group-question = Join question
field-group-answer = Answer
field-group-query = Search words
field-group-notice = New post notices
field-group-post = Post
field-group-comment = Comment

ask-group-name = What is the group called? (2–60 characters)
ask-group-category = What kind of group is it?
ask-group-tags = Add tags, separated by commas or spaces (e.g. futsal, weekends, beginners · up to 10), or skip.
ask-group-area = Which neighbourhood does the group meet in? Share a location or type a place name such as "Gwanak-gu". Only an area of about 500 m is kept and shown.
ask-group-policy = May anyone join at once, or do the owner and moderators approve each request?
ask-group-description = Describe the group (up to 1,000 characters), or skip.
ask-group-limit = Is there a member limit? Type a number (2–1,000; 0 for none), or skip.
ask-group-question = If people need approval to join, what should they answer when they ask? (e.g. "Have you played futsal before?") Skip if not needed.
ask-group-answer = Answer the join question on the group's card. Only the owner and moderators see it (up to 300 characters).
ask-group-query = What are you looking for? e.g. futsal, #sports
ask-group-notice = How should I tell you about new posts in this group?
ask-group-post = Write your post (up to 2,000 characters).
ask-group-comment = Write your comment (up to 1,000 characters).
ask-group-confirm = Go ahead?

group-category-sports = Sports
group-category-games = Games
group-category-food = Food spots
group-category-cooking = Cooking
group-category-reading = Reading
group-category-study = Study
group-category-culture = Culture & arts
group-category-outdoors = Outdoors
group-category-music = Music
group-category-other = Other

group-policy-open = Anyone may join
group-policy-approval = Approval needed

group-notice-each = Every post
group-notice-digest = Daily digest
group-notice-none = Never

group-confirm-yes = Yes
group-confirm-no = No
group-kept = All right, nothing changed.

## Group cards and lists

group-card =
    👥 { $name }
    { $category } · { $tags }

    { $description }

    📍 { PLACE($area) } { $distance }
    Members { $members } · { $policy }{ $goal }{ $question }
    You: { $standing }{ $notice }
group-card-question = {"\u000A"}❓ Join question: { $question }
group-card-notice = {" "}· { $notice }
group-no-tags = no tags
group-members-count = { $count }
group-members-of-limit = { $count }/{ $limit }
group-standing-owner = owner
group-standing-moderator = moderator
group-standing-member = member
group-standing-pending = waiting for approval
group-standing-none = not a member yet
group-role-owner = 👑 owner
group-role-moderator = ⭐ moderator
group-role-member = member
group-line = { $n }. { $name } · { $category } · { $members } · { $where }

groups-found =
    Groups nearby:
    { $lines }
groups-found-empty = No group nearby matches. Why not start one?
mygroups-list =
    My groups:
    { $lines }
mygroups-list-empty = You are not in any group yet. Find one nearby or start your own.

button-group-number = Open { $n }
button-group-view = Open group
button-group-create = ➕ New group
button-group-find = 🔍 Find groups
button-group-join = Join
button-group-request = Ask to join
button-group-board = 📋 Board
button-group-write = ✏️ Write
button-group-meetups = 📅 Meetups
button-group-members = 👥 Members
button-group-notice = 🔔 Post notices
button-group-leave = Leave
button-group-requests = Requests ({ $n })
button-group-announce = 📢 Announce
button-group-edit = ⚙️ Settings
button-group-kick = Remove someone
button-group-mod = Add moderator
button-group-unmod = Remove moderator
button-group-owner = Hand over
button-group-delete = Delete group

## Joining and running a group

group-created = "{ $name }" is ready! Neighbours can find it with /groups.
group-joined = You joined the group. Welcome!
group-requested = You asked to join. I will tell you when the owner or a moderator decides.
group-requests =
    Requests to join:
    { $lines }{ $more ->
        [0] {""}
       *[other] {"\u000A"}{ $more } more waiting.
    }
group-requests-empty = No requests are waiting.
group-request-line = • { $name }: { $answer }
button-join-approve = ✅ Approve
button-join-reject = Reject
button-join-approve-name = ✅ { $name }
button-join-reject-name = ✖ { $name }
group-request-approved = Request approved.
group-request-rejected = Request rejected.
group-leave-confirm = Leave "{ $name }"?
group-left = You left "{ $name }".
group-left-ended = You were its last member, so "{ $name }" has ended.
group-delete-confirm = Delete "{ $name }"? Its board and meetups go with it, for good.
group-deleted = "{ $name }" is deleted. Its members have been told.
group-edited = Group settings saved.
group-notice-set = New post notices: { $notice }.

group-members-list =
    { $count } members:
    { $lines }
group-member-line-owner = 👑 { $name }
group-member-line-moderator = ⭐ { $name }
group-member-line-member = · { $name }
group-pick-member = Who?
group-pick-nobody = There is nobody to pick.
group-kick-confirm = Remove { $name } from "{ $group }"?
group-kicked = { $name } was removed.
group-mod-confirm = Make { $name } a moderator of "{ $group }"?
group-modded = { $name } is now a moderator.
group-unmod-confirm = Make { $name } a plain member again?
group-unmodded = { $name } is a plain member again.
group-owner-confirm = Hand "{ $group }" over to { $name }? You stay on as a moderator.
group-owner-handed = { $name } is the new owner.

## The board

group-board =
    📋 { $group } board
    { $lines }
group-board-empty = No posts yet. Be the first!
group-post-line = { $n }. { $mark }{ $excerpt } · { $name } · { $age } · 💬 { $comments }
group-post-card =
    📝 { $group } · { $name } · { $age }

    { $body }

    💬 { $count ->
        [one] 1 comment
       *[other] { $count } comments
    }{ $count ->
        [0] {""}
       *[other] {"\u000A"}{ $lines }
    }
group-announcement-card =
    📢 { $group } announcement · { $name } · { $age }

    { $body }

    💬 { $count ->
        [one] 1 comment
       *[other] { $count } comments
    }{ $count ->
        [0] {""}
       *[other] {"\u000A"}{ $lines }
    }
group-comment-line = ↳ { $name }: { $body } ({ $age })
button-group-post = Open post
button-group-comment = 💬 Comment
button-group-post-delete = 🗑 Delete
group-posted = Posted.
group-post-delete-confirm = Delete the post "{ $excerpt }"? Its comments go too.
group-post-deleted = Post deleted.

## Notices

notify-group-join-request =
    { $name } asked to join "{ $group }".
    Answer: { $answer }
notify-group-join-approved = You are in "{ $group }". Welcome!
notify-group-join-rejected = Sorry, your request to join "{ $group }" was turned down.
notify-group-removed = You were removed from "{ $group }".
notify-group-role = { $role ->
        [moderator] You are now a moderator of "{ $group }".
       *[member] You are no longer a moderator of "{ $group }".
    }
notify-group-owner = You are now the owner of "{ $group }".
notify-group-deleted = "{ $group }" has been deleted.
notify-group-post = New in "{ $group }" · { $name }: { $excerpt }
notify-group-announcement = 📢 "{ $group }" announcement · { $name }: { $excerpt }
notify-group-comment = { $name } commented on your post in "{ $group }": { $excerpt }
notify-group-digest =
    { $count ->
        [one] 1 new post
       *[other] { $count } new posts
    } in "{ $group }":
    { $lines }
