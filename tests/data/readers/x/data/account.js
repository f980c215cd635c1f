window.YTD.account.part0 = [
  {
    "account": {
      "createdVia": "web",
      "username": "lena_marsh",
      "accountId": "4401",
      "createdAt": "2015-06-11T09:12:44.000Z",
      "accountDisplayName": "Lena Marsh"
    }
  }
]