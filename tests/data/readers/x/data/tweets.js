window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631300000000000500"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "12",
      "id_str": "1631300000000000500",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631300000000000500",
      "created_at": "Thu Mar 02 10:00:00 +0000 2023",
      "favorited": false,
      "full_text": "RT @korvath_mod: Statement on the situation near Melin, issued this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631290000000000400"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "12",
      "id_str": "1631290000000000400",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631290000000000400",
      "created_at": "Thu Mar 02 07:30:00 +0000 2023",
      "favorited": false,
      "full_text": "@port_authority Thanks. Do the new inspection rules also apply to ships already at anchor in Tarvo?",
      "lang": "en",
      "in_reply_to_status_id_str": "1631200000000000000",
      "in_reply_to_status_id": "1631200000000000000",
      "in_reply_to_user_id_str": "7702",
      "in_reply_to_user_id": "7702",
      "in_reply_to_screen_name": "port_authority"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631250000000000300"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "12",
      "id_str": "1631250000000000300",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631250000000000300",
      "created_at": "Wed Mar 01 16:45:00 +0000 2023",
      "favorited": false,
      "full_text": "Separate from the thread: the grain corridor talks between Pelmark and the Rusk Republic resume on Monday in Siva.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631000000000000103"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "12",
      "id_str": "1631000000000000103",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631000000000000103",
      "created_at": "Wed Mar 01 08:09:00 +0000 2023",
      "favorited": false,
      "full_text": "Both sides say they are willing to meet in Siva. No date has been set. 4/4",
      "lang": "en",
      "in_reply_to_status_id_str": "1631000000000000102",
      "in_reply_to_status_id": "1631000000000000102",
      "in_reply_to_user_id_str": "4401",
      "in_reply_to_user_id": "4401",
      "in_reply_to_screen_name": "lena_marsh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631000000000000102"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "12",
      "id_str": "1631000000000000102",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631000000000000102",
      "created_at": "Wed Mar 01 08:05:00 +0000 2023",
      "favorited": false,
      "full_text": "The Eastern Alliance denied it and blamed a government drone strike on a fuel depot in Orel. 3/4",
      "lang": "en",
      "in_reply_to_status_id_str": "1631000000000000101",
      "in_reply_to_status_id": "1631000000000000101",
      "in_reply_to_user_id_str": "4401",
      "in_reply_to_user_id": "4401",
      "in_reply_to_screen_name": "lena_marsh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631000000000000101"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/AbC123xyz",
            "expanded_url": "https://mod.korvath.example/statements/2023-03-01",
            "display_url": "mod.korvath.example/stat…",
            "indices": [
              "0",
              "0"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "12",
      "id_str": "1631000000000000101",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631000000000000101",
      "created_at": "Wed Mar 01 08:02:00 +0000 2023",
      "favorited": false,
      "full_text": "Korvath's defence ministry says two outposts near Melin were shelled after midnight &amp; no one was hurt. Full statement: https://t.co/AbC123xyz 2/4",
      "lang": "en",
      "in_reply_to_status_id_str": "1631000000000000100",
      "in_reply_to_status_id": "1631000000000000100",
      "in_reply_to_user_id_str": "4401",
      "in_reply_to_user_id": "4401",
      "in_reply_to_screen_name": "lena_marsh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1631000000000000100"
          ],
          "editableUntil": "2023-03-01T09:00:00.000Z"
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "12",
      "id_str": "1631000000000000100",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631000000000000100",
      "created_at": "Wed Mar 01 08:00:00 +0000 2023",
      "favorited": false,
      "full_text": "Fighting resumed overnight on the Varda river front. A short thread on what we know. 1/4",
      "lang": "en"
    }
  }
]