/**
 * Social networks, video and photo sites and blog platforms, which news names as where something
 * was posted ("sur Twitter", "une vidéo YouTube"): companies, never a place nor a person, in every
 * language's press, so one list the language lexicons share. Written by hand: no data package
 * lists them (big-companies holds none of them by these names).
 */
export const ONLINE_PLATFORMS: readonly string[] = [
  "Twitter", "Facebook", "YouTube", "Youtube", "Instagram", "TikTok", "Telegram", "WhatsApp", "Snapchat", "LinkedIn", "Reddit",
  "Tumblr", "Flickr", "Friendfeed", "FriendFeed", "Dailymotion", "Vimeo", "Twitpic", "Yfrog", "Bambuser", "Ustream", "Livestream", "Storify",
  "Blogger", "WordPress", "Wordpress", "Substack", "Weibo", "Sina Weibo", "WeChat", "VKontakte", "Mastodon", "Bluesky",
  "Viber", "Skype", "Google", "Wikipedia", "Wikipédia", "Wikileaks", "WikiLeaks", "Discord", "Twitch", "Pinterest", "Periscope",
];
