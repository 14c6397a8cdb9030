#!/usr/bin/env python3
"""fresh5: a fifth independent PII / secret measurement set (one sentence or a short snippet per document).

Python standard library only. Every sentence frame below was written by hand for this set; values are generated
with a fixed seed and the text is built piece by piece, each span and decoy recorded at the moment it is written.

    python3 eval/fresh5/gen_fresh5.py            # rewrites fresh5.jsonl.gz (same bytes every run)
    python3 eval/fresh5/gen_fresh5.py --stats    # also prints counts and the md5
"""
import argparse
import base64
import collections
import datetime
import gzip
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import unicodedata

SEED = 50505
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh5.jsonl.gz")
TARGETS = [("personal", 550), ("secret", 100), ("public", 350)]

PII = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "UK_NHS"]
SECRET = ["AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SLACK_TOKEN",
          "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_API_KEY"]

# --------------------------------------------------------------------------------------------------------------
# Name pools (hand-written for this set). given names | surnames, comma separated.
# --------------------------------------------------------------------------------------------------------------
GROUPS_RAW = {
    "english": (
        "Alistair, Beatrice, Clive, Daphne, Edmund, Felicity, Harry, Imogen, Jasper, Kirsty, Lewis, Matilda, Nigel, "
        "Octavia, Piers, Rosalind, Simon, Tabitha, Rupert, Verity, Wilfred, Yvonne, Zoe, Barnaby, Eleanor, Freddie, "
        "Georgina, Hugo",
        "Ashworth, Blackwood, Crossley, Dunmore, Fairbanks, Greenhalgh, Holloway, Ingram, Jessop, Kettering, "
        "Lockwood, Marchbank, Nettleton, Oakley, Pilkington, Ramsbottom, Sutcliffe, Thistlewood, Underhill, "
        "Wainwright, Hartley-Brown, Penhaligon, Whitlock, Hargreaves, Smith-Barrow"),
    "american": (
        "Brandon, Kayla, Tyler, Madison, Cody, Brittany, Dustin, Ashley, Trevor, Kelsey, Garrett, Shelby, Colton, "
        "Brianna, Dakota, Austin, Morgan, Jordan, Chelsea, Travis, Megan, Hayden, Courtney, Logan, Paige",
        "Henderson, Whitaker, Calloway, Prescott, Hollis, Brandt, Lindquist, Dempsey, Holcomb, Ramsey, Tillman, "
        "Yates, Barlow, Mercer, Gaines, Pruitt, Stokes, Vaughn, Hutchins, Crandall, Ellsworth, Stroud"),
    "african_american": (
        "DeShawn, Latoya, Jamal, Keisha, Darnell, Shanice, Terrell, Imani, Marquis, Aaliyah, Tyrone, Ebony, Andre, "
        "Jasmine, Malik, Tamika, Cedric, Monique, Reginald, Nia, Dion, Kiara, Lamar, Tiana, Rashad",
        "Washington, Jefferson, Jackson, Robinson, Freeman, Merriweather, Battle, Haynes, Gadsden, Dukes, "
        "Pettiford, Boykin, Council, Broadnax, Hairston, Person, Ware, Gilliam, Outlaw, Muhammad, Toussaint, Dorsey"),
    "irish": (
        "Aoife, Cillian, Niamh, Ciarán, Saoirse, Donal, Róisín, Eoin, Clodagh, Pádraig, Órla, Fionn, Gráinne, Tadhg, "
        "Sinéad, Oisín, Aisling, Diarmuid, Caoimhe, Ruairí, Eimear, Colm, Maeve, Darragh, Síofra",
        "O'Sullivan, Ní Dhomhnaill, Mac Cárthaigh, O'Shaughnessy, Fitzgerald, Ó Briain, McGuinness, Kavanagh, "
        "Doherty, Breathnach, Mulcahy, Geraghty, Ó Ceallaigh, Flanagan, Hennessy, Ní Mhurchú, Cullinane, Brosnan, "
        "Tierney, McNamara, O'Driscoll, Lenihan"),
    "scottish": (
        "Hamish, Isla, Ewan, Morag, Fraser, Kirsteen, Angus, Eilidh, Lachlan, Ailsa, Calum, Mhairi, Finlay, "
        "Catriona, Struan, Iona, Murdo, Shona, Alasdair, Fiona, Gregor, Lorna, Torquil, Seonaid, Duncan",
        "MacKenzie, Drummond, Urquhart, McIntosh, Buchanan, Galbraith, MacLeish, Sinclair, Lamont, Farquharson, "
        "MacAulay, Cruickshank, Menzies, Crichton, McGillivray, Baird, Colquhoun, Rattray, MacInnes, Dalgleish, "
        "Strachan"),
    "welsh": (
        "Rhiannon, Dafydd, Cerys, Gethin, Bethan, Iwan, Sioned, Emyr, Ffion, Rhodri, Aled, Carys, Huw, Eleri, "
        "Gwilym, Mared, Tomos, Angharad, Llŷr, Heledd, Owain, Lowri, Deiniol, Elin, Geraint",
        "Pritchard, Llewellyn, ap Rhys, Bowen, Prosser, Gwynne, Jenkins, Vaughan-Thomas, Powell, Parry, Bevan, "
        "Griffiths, Pugh, Meredith, Hopkin, Lloyd, Morgan-Evans, Tudor, Glyn, Pryce, ab Owen"),
    "indian_north": (
        "Aarav, Ananya, Rohan, Ishita, Vikram, Pooja, Siddharth, Neha, Aditya, Kavya, Harsh, Riya, Kunal, Shruti, "
        "Manish, Divya, Abhishek, Sneha, Gaurav, Tanvi, Arjun, Meera, Nikhil, Pallavi, Yash",
        "Agarwal, Chaturvedi, Malhotra, Srivastava, Bhatnagar, Khurana, Saxena, Mehrotra, Trivedi, Kapoor, "
        "Dwivedi, Ahluwalia, Joshi, Bansal, Tandon, Rastogi, Chauhan, Mittal, Sethi, Oberoi, Pandey"),
    "indian_south": (
        "Karthik, Lakshmi, Srinivas, Anjali, Venkatesh, Revathi, Harish, Priyanka, Suresh, Gayathri, Arvind, Deepa, "
        "Ramesh, Nandini, Prakash, Swathi, Vignesh, Keerthana, Balaji, Padma, Sanjay, Aishwarya, Murali, Sowmya, "
        "Ashwin",
        "Subramanian, Krishnamurthy, Raghavan, Iyer, Venkataraman, Pillai, Nair, Menon, Reddy, Rao, "
        "Balasubramaniam, Chandrasekhar, Gopalakrishnan, Narayanan, Hegde, Shetty, Kulkarni, Ramaswamy, Sundaram, "
        "Varghese, Naidu"),
    "pakistani": (
        "Ayesha, Bilal, Hira, Usman, Sana, Hamza, Mahnoor, Faisal, Zainab, Imran, Amna, Kashif, Rabia, Shahid, "
        "Maryam, Junaid, Sadia, Adeel, Fatima, Tariq, Iqra, Waqar, Nida, Zeeshan, Mehwish",
        "Qureshi, Chaudhry, Siddiqui, Malik, Butt, Abbasi, Raza, Sheikh, Akhtar, Mirza, Hashmi, Gillani, Rana, "
        "Bhatti, Niazi, Awan, Cheema, Iqbal, Jamil, Zaidi, Khattak"),
    "bangladeshi": (
        "Tasnim, Rafiq, Nusrat, Shakib, Farzana, Arif, Sharmin, Mahbub, Tahmina, Kamrul, Rumana, Sohel, Jannatul, "
        "Habib, Sabrina, Mizanur, Nasrin, Tanvir, Shirin, Anwar, Mou, Rashed, Laboni, Nayeem, Ishrat",
        "Hossain, Rahman, Chowdhury, Islam, Uddin, Begum, Talukder, Sarker, Bhuiyan, Akter, Mollah, Haque, "
        "Majumder, Khandaker, Miah, Sikder, Howlader, Patwary, Mridha, Kabir, Ahmed"),
    "srilankan": (
        "Dilani, Kasun, Nadeesha, Tharindu, Sanduni, Chathura, Ishara, Lahiru, Nirmala, Ruwan, Hasini, Sampath, "
        "Dinusha, Asanka, Nimali, Chaminda, Thilini, Sajith, Kumudini, Buddhika, Madhavi, Pradeep, Shehani, Gayan, "
        "Anoma",
        "Perera, Fernando, Jayawardena, Wickramasinghe, Gunasekara, Bandara, Rajapaksha, Senanayake, Dissanayake, "
        "Herath, Wijesinghe, Ranasinghe, Amarasinghe, Karunaratne, de Silva, Weerasekara, Liyanage, "
        "Samarawickrama, Abeysekera, Gunawardena, Ekanayake"),
    "chinese": (
        "Wei, Fang, Jun, Xiaoling, Hao, Yuting, Zhiwei, Mei, Lei, Jing, Xin, Yifan, Ruolan, Haoran, Shuang, Tao, "
        "Yanyan, Kai, Lihua, Bo, Qian, Zihan, Jiayi, Peng, Xiuying",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Wu, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, "
        "Zheng, Song"),
    "cantonese": (
        "Ka Ming, Wing Yan, Chi Keung, Mei Ling, Siu Fung, Hoi Yan, Wai Kit, Pui Shan, Chun Hei, Suet Ying, "
        "Kwok Wai, Man Yee, Kelvin, Winnie, Ivan, Cherry, Jacky, Phoebe, Alvin, Queenie, Ray, Carmen, Dickson, "
        "Fanny, Kenneth",
        "Chan, Wong, Leung, Cheung, Lau, Tsang, Ng, Yip, Kwok, Lam, Tse, Fung, Mak, Chow, Ho, Lui, Siu, Tang, "
        "Yeung, Choi, Lo"),
    "japanese": (
        "Haruto, Yui, Sota, Hina, Ren, Aoi, Takumi, Sakura, Daiki, Misaki, Kenta, Nanami, Riku, Yuna, Kazuki, "
        "Ayaka, Shota, Mio, Yusuke, Haruka, Kohei, Emi, Tatsuya, Rina, Naoki",
        "Takahashi, Watanabe, Nakamura, Kobayashi, Yamamoto, Inoue, Kimura, Hayashi, Shimizu, Yamaguchi, "
        "Matsumoto, Ishikawa, Fujita, Okada, Hasegawa, Murakami, Kondo, Sakamoto, Aoki, Fujiwara, Nishimura"),
    "korean": (
        "Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Ji-woo, Joon-young, Soo-ah, Hyun-woo, Yu-na, Sung-min, Eun-ji, "
        "Tae-yang, Hye-jin, Dong-hyun, Ye-jin, Jae-won, Na-rae, Kyung-soo, Bo-ram, Sang-hoon, Mi-kyung, Woo-jin, "
        "Seung-hee, In-ho",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song, Yoo, "
        "Hong, Jeon"),
    "vietnamese": (
        "Minh, Linh, Tuan, Thảo, Duc, Hương, Quang, Lan, Khoa, Ngoc Anh, Bao, Trang, Hieu, Phuong, Long, Mai, "
        "Thanh, Hanh, Dung, Vy, Nam, Thuy, Hung, Yen, Phuc, Đức",
        "Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ngo, Duong, Ly, Dinh, Trinh, Lam, "
        "Truong, Nguyễn, Trần, Đặng"),
    "filipino": (
        "Jose Miguel, Maria Cristina, Rodel, Mylene, Jerome, Rowena, Arnel, Jocelyn, Ramil, Marvin, Charmaine, "
        "Jhun, Mary Grace, Efren, Divina, Ronaldo, Kristine, Bong, Analyn, Jayson, Rhea, Ferdinand, Lovely, "
        "Reynaldo, Cherry Mae, Edgardo",
        "Dela Cruz, Santos, Reyes, Bautista, Villanueva, Macaraeg, Dimaano, Mendoza, Aquino, Ramos, Soriano, Manalo, "
        "Pangilinan, Castillo, de Leon, Tolentino, Gatchalian, Panganiban, Lacson, Dizon, Salonga, Magbanua"),
    "thai": (
        "Somchai, Pranee, Anong, Kittisak, Siriporn, Thanawat, Nattaya, Worawut, Kanokwan, Apichat, Ratchanee, "
        "Chaiwat, Pimchanok, Suriya, Duangjai, Phongsak, Wannee, Teerapong, Sasithorn, Narong, Achara, Boonmee, "
        "Chalermchai, Jintana, Kamon",
        "Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Thongchai, Phanthong, Saengthong, Kittikhun, Bunnag, "
        "Chanthavong, Rungruang, Sirisombat, Wattanapong, Prasertsuk, Limthongkul, Kaewmanee, Jirasakul, "
        "Boonyarat, Yodsuwan, Intharat, Pongpanich"),
    "malay_indonesian": (
        "Nur Aisyah, Muhammad Hafiz, Siti Aminah, Ahmad Fauzi, Nurul Huda, Faridah, Azlan, Rosnah, Haziq, "
        "Syafiqah, Irfan, Zulaikha, Khairul, Liyana, Amirul, Suhaila, Budi, Dewi, Agus, Ratna, Wahyu, Sri Rahayu, "
        "Bambang, Intan, Rizky, Putri",
        "bin Abdullah, binti Ismail, bin Hassan, binti Osman, bin Yusof, binti Rahim, bin Kamarudin, binti Zakaria, "
        "Santoso, Wijaya, Hartono, Kusuma, Setiawan, Pratama, Saputra, Nugroho, Siregar, Hutapea, Sitompul, Lubis, "
        "Gunawan, Halim"),
    "yoruba": (
        "Adebayo, Folake, Oluwaseun, Yetunde, Babatunde, Funmilayo, Ayodeji, Titilayo, Olumide, Omolara, Kehinde, "
        "Taiwo, Bukola, Damilola, Temitope, Adewale, Morenike, Olusegun, Bisola, Femi, Abiodun, Tolulope, Gbenga, "
        "Ronke, Kayode",
        "Adeyemi, Ogunleye, Afolabi, Oyelaran, Balogun, Adebisi, Ogundipe, Olawale, Fashola, Akinwande, Oladipo, "
        "Ojo, Adeleke, Ayodele, Oyebanji, Adegoke, Alabi, Ige, Odukoya, Bamgbose, Oyewole"),
    "igbo": (
        "Chinedu, Ngozi, Chukwuemeka, Adaeze, Obinna, Chiamaka, Ikenna, Nneka, Emeka, Uchenna, Chidinma, Kelechi, "
        "Ifeoma, Nnamdi, Amarachi, Chibuzo, Ogechi, Ebuka, Chinwe, Tochukwu, Ifeanyi, Obioma, Somto, Nkechi, "
        "Onyeka",
        "Okafor, Nwosu, Eze, Okonkwo, Obi, Nwachukwu, Okeke, Anyanwu, Okoro, Uzo, Ibekwe, Nwankwo, Onyekachi, "
        "Ezeh, Chukwu, Obiora, Nnaji, Agu, Iwu, Okoye, Madu"),
    "hausa": (
        "Abubakar, Hauwa, Musa, Halima, Sani, Rabi, Aminu, Hadiza, Garba, Zulai, Bello, Habiba, Yakubu, Saratu, "
        "Danjuma, Asabe, Umar, Binta, Lawal, Jummai, Shehu, Talatu, Isa, Ladi, Nasiru",
        "Abdullahi, Danladi, Sule, Abdulkadir, Gwarzo, Dikko, Tukur, Lawan, Bashir, Ringim, Jibril, Maikano, "
        "Haruna, Yakasai, Inuwa, Kabiru, Tanko, Maigari, Zubairu, Idris, Waziri"),
    "kenyan": (
        "Wanjiru, Achieng, Njeri, Chebet, Akinyi, Wambui, Nyambura, Auma, Wairimu, Moraa, Makena, Jelimo, Brian, "
        "Faith, Dennis, Mercy, Kevin, Purity, Collins, Sharon, Evans, Caroline, Kiprotich, Baraka, Juma",
        "Kamau, Otieno, Mwangi, Kiprono, Odhiambo, Mutua, Barasa, Kibet, Omondi, Cheruiyot, Onyango, Gitau, "
        "Wekesa, Njoroge, Kariuki, Ochieng, Rotich, Wafula, Muthoni, Korir, Nyaga, Kimani"),
    "south_african": (
        "Thabo, Nomvula, Sipho, Lindiwe, Mandla, Zanele, Bongani, Nokuthula, Themba, Ayanda, Lerato, Kagiso, "
        "Palesa, Sibusiso, Thandeka, Lwazi, Naledi, Andile, Pieter, Annelie, Johan, Marelize, Wikus, Elmarie, Riaan",
        "Dlamini, Nkosi, Mthembu, Khumalo, Ndlovu, Zulu, Mokoena, Sithole, Mahlangu, Molefe, Ngcobo, Tshabalala, "
        "Radebe, Mabaso, van der Merwe, du Plessis, Botha, Pretorius, le Roux, Steyn, Nel, Coetzee, "
        "Janse van Rensburg"),
    "ghanaian": (
        "Kwame, Akosua, Kofi, Ama, Yaw, Abena, Kwabena, Efua, Kwaku, Adwoa, Kojo, Esi, Kwesi, Afia, Nana, Yaa, "
        "Fiifi, Akua, Ekow, Araba, Selasi, Edem, Delali, Mawuli, Elikem",
        "Mensah, Asante, Owusu, Boateng, Osei, Amoah, Agyeman, Ofori, Appiah, Darko, Adjei, Frimpong, Quaye, "
        "Tetteh, Addo, Ansah, Acheampong, Sarpong, Danquah, Gyamfi, Bonsu, Amankwah"),
    "ethiopian": (
        "Abebe, Tigist, Dawit, Meron, Yonas, Selam, Tesfaye, Hiwot, Bereket, Mekdes, Kidus, Liya, Henok, "
        "Bethlehem, Fitsum, Rahel, Eyob, Saba, Mulugeta, Tsion, Girma, Biniam, Senait, Tewodros, Almaz",
        "Tadesse, Haile, Bekele, Gebremariam, Alemu, Wolde, Desta, Tekle, Mengistu, Assefa, Kebede, Negash, "
        "Abera, Tsegaye, Woldemichael, Fikre, Mekonnen, Berhane, Yohannes, Gebrehiwot, Ayele"),
    "arabic": (
        "Omar, Layla, Khalid, Rania, Yousef, Noor, Tareq, Dana, Hassan, Lina, Saeed, Hala, Nabil, Reem, Karim, "
        "Salma, Fadi, Jana, Walid, Mariam, Ziad, Nadine, Majed, Huda, Sami",
        "al-Hashimi, Haddad, Nasser, al-Qahtani, Khoury, Mansour, al-Otaibi, Saleh, Barakat, el-Amin, Abu-Zeid, "
        "Hamdan, al-Zahrani, Shaheen, Aziz, Darwish, al-Mutairi, Jaber, Sabbagh, Najjar, Kanaan, Abu Ghazaleh"),
    "maghreb_egypt": (
        "Youssef, Samira, Mehdi, Fatima Zahra, Amine, Khadija, Rachid, Nadia, Soufiane, Imane, Hicham, Meriem, "
        "Anouar, Houda, Said, Siham, Ayoub, Ghizlane, Mostafa, Yasmine, Abdelkader, Nawal, Tarek, Hanane, Ilyas",
        "Benali, El Idrissi, Bouzid, Haddou, Amrani, Benjelloun, El Fassi, Chaoui, Tazi, Belkacem, Abdelrahman, "
        "Saidi, Lahlou, Bennani, Zerrouki, Boukhari, El Mansouri, Kaddour, Hamidi, Ait Ouali, Ben Youssef"),
    "persian": (
        "Dariush, Arash, Golnaz, Kaveh, Parisa, Babak, Niloufar, Farhad, Roya, Behnam, Yasaman, Payam, Azadeh, "
        "Siavash, Mahsa, Kourosh, Leila, Ramin, Negar, Omid, Shabnam, Navid, Soraya, Bijan, Shirin",
        "Hosseini, Karimi, Tehrani, Rahimi, Moradi, Jafari, Ahmadi, Rezaei, Kazemi, Sadeghi, Mohammadi, Najafi, "
        "Esfahani, Shirazi, Farahani, Ghorbani, Mousavi, Amini, Zand, Bakhtiari, Rostami"),
    "turkish": (
        "Emre, Zeynep, Burak, Elif, Mehmet, Ayşe, Can, Şule, Oğuz, Merve, Kerem, Büşra, Serkan, Gizem, Tolga, "
        "İrem, Cem, Ebru, Barış, Dilek, Hakan, Özlem, Murat, Sevgi, Uğur",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, "
        "Kurt, Özkan, Polat, Erdem, Güneş, Aktaş"),
    "german": (
        "Lukas, Anna-Lena, Jonas, Katharina, Maximilian, Johanna, Tobias, Leonie, Florian, Friederike, Niklas, "
        "Sophie, Matthias, Lena, Sebastian, Franziska, Moritz, Jörg, Jürgen, Ute, Dieter, Birgit, Kai-Uwe, "
        "Hannelore, Björn",
        "Müller, Schneider, Fischer, Weber, Becker, Schäfer, Hoffmann, Zimmermann, Krüger, Hartmann, Braun, Wolff, "
        "von Brandenstein, Neumann, Schwarz, Lehmann, Köhler, Groß, Vogel, Keßler, Meyer-Lindholm, zu Dohna"),
    "french": (
        "Camille, Théo, Manon, Clémence, Mathis, Élodie, Baptiste, Océane, Quentin, Amélie, Romain, Juliette, "
        "Maxime, Léa, Antoine, Margaux, Guillaume, Chloé, Jean-Baptiste, Marie-Claire, Benoît, Hélène, Loïc, Anaïs, "
        "Thibault",
        "Lefèvre, Moreau, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Chevalier, Gauthier, Mercier, Blanc, "
        "Guérin, Faure, Leclerc, de La Tour, Le Goff, Deschamps, Marchand, Perrin, Boucher, Morel, d'Aubigny"),
    "spanish": (
        "Alejandro, Lucía, Javier, Paula, Iñaki, Carmen, Sergio, Marta, Álvaro, Nerea, Pablo, Itziar, Diego, "
        "Elena, Jorge, Rocío, Unai, Ainhoa, Raúl, Pilar, Íñigo, Begoña, Marcos, Montserrat, Jordi",
        "García, Fernández, Martínez, López, Sánchez, Romero, Navarro, Torres, Domínguez, Gil, Ruiz, Serrano, "
        "Ortega, Delgado, Castro, Iglesias, Etxeberria, Puig, Vidal, Moreno, Aguirre, de la Fuente"),
    "mexican": (
        "José Luis, Guadalupe, Juan Carlos, María Fernanda, Luis Ángel, Ximena, Cuauhtémoc, Xóchitl, Alejandra, "
        "Jesús, Itzel, Rogelio, Citlali, Ernesto, Yolanda, Héctor, Dulce María, Armando, Nayeli, Fernando, Brenda, "
        "Octavio, Araceli, Emiliano, Rosario",
        "Hernández, González, Ramírez, Flores, Gutiérrez, Villalobos, Ochoa, Zamora, Cisneros, Espinoza, Salazar, "
        "Contreras, Mejía, Quintero, Avendaño, de la Rosa, Bustamante, Ibarra, Montoya, Tapia, Juárez, Cervantes"),
    "portuguese": (
        "João, Inês, Tiago, Beatriz, Duarte, Mariana, Rui, Leonor, Gonçalo, Catarina, Nuno, Sofia, Afonso, "
        "Bernardo, Rita, Vasco, Matilde, Diogo, Carolina, Henrique, Filipa, Rodrigo, Madalena, Tomás, Teresa",
        "Carvalho, Ferreira, Pereira, Rodrigues, Almeida, Sousa, Gonçalves, Marques, Pinto, Teixeira, Correia, "
        "Mendes, Nunes, Vieira, Moura, Cardoso, Magalhães, da Costa, Azevedo, Fonseca, Brandão"),
    "brazilian": (
        "Lucas, Ana Clara, Gabriel, Júlia, Matheus, Larissa, Thiago, Fernanda, Rafael, Camila, Guilherme, Letícia, "
        "Felipe, Bruna, Vinícius, Aline, Leonardo, Tatiane, Caio, Jéssica, Murilo, Priscila, Wesley, Daiane, Enzo",
        "da Silva, Santos, Oliveira, Souza, Lima, Costa, Ribeiro, Barbosa, Araújo, Nascimento, Cavalcanti, "
        "Monteiro, Rocha, Freitas, Moraes, Campos, de Souza Lima, Dias, Farias, Batista, Pacheco, Bezerra"),
    "italian": (
        "Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Federica, Davide, Martina, Riccardo, Elisa, "
        "Stefano, Valentina, Gianluca, Ilaria, Simone, Andrea, Silvia, Niccolò, Giorgia, Pierpaolo, Serena, "
        "Emanuele, Caterina, Ludovica",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, "
        "De Luca, Mancini, Giordano, Rizzo, Lombardi, D'Amico, Barbieri, Fontana, Santoro, Caruso, Moretti, "
        "Di Pietro"),
    "dutch_flemish": (
        "Daan, Sanne, Bram, Femke, Joris, Lotte, Thijs, Anouk, Sven, Floor, Ruben, Marieke, Jeroen, Eline, Wouter, "
        "Noor, Stijn, Ilse, Maarten, Fleur, Koen, Annelies, Pieter-Jan, Griet, Sietse",
        "de Vries, van den Berg, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, van Dijk, "
        "Vermeulen, van der Meer, Janssens, Peeters, Maes, Claes, Willems, Hendriks, Dekker, van Leeuwen, "
        "Verhoeven, Kuipers, Van de Walle"),
    "polish": (
        "Łukasz, Agnieszka, Piotr, Katarzyna, Tomasz, Małgorzata, Krzysztof, Magdalena, Paweł, Joanna, Michał, "
        "Aleksandra, Grzegorz, Monika, Wojciech, Dorota, Jakub, Ewelina, Bartłomiej, Zofia, Marcin, Beata, "
        "Przemysław, Justyna, Szymon",
        "Nowak, Kowalczyk, Wiśniewski, Wójcik, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, Dąbrowski, "
        "Kozłowska, Jankowski, Mazur, Krawczyk, Piotrowski, Grabowska, Pawlak, Michalski, Zając, Król, Wieczorek, "
        "Jabłoński, Nowak-Jeziorańska"),
    "swedish_nordic": (
        "Erik, Astrid, Lars, Ingrid, Sigrid, Anders, Maja, Oskar, Linnea, Henrik, Elsa, Magnus, Freja, Mikael, "
        "Karin, Nils, Saga, Gustav, Agnes, Per, Ebba, Søren, Åsa, Torbjörn, Liv",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Lindqvist, Bergström, Lindgren, Åkesson, Sjöberg, "
        "Holmberg, Ekström, Lundqvist, Björklund, Nyström, Engström, Hedlund, Östberg, Sandberg, Dahl, Haugen, "
        "Østergaard"),
    "russian_ukrainian": (
        "Dmitri, Anastasia, Sergei, Ekaterina, Alexei, Natalia, Mikhail, Olga, Andriy, Yulia, Oksana, Igor, "
        "Svetlana, Bohdan, Tatiana, Pavel, Irina, Mykola, Daria, Yaroslav, Ksenia, Artem, Polina, Taras, Vera",
        "Ivanova, Petrov, Sokolov, Kuznetsova, Volkov, Morozova, Smirnov, Popova, Lebedev, Novikova, Shevchenko, "
        "Kovalenko, Bondarenko, Tkachenko, Kravchuk, Melnyk, Fedorov, Orlova, Zaitsev, Pavlenko, Hrytsenko"),
    "greek": (
        "Giorgos, Eleni, Dimitris, Nikos, Katerina, Yannis, Konstantinos, Eirini, Christos, Despina, Panagiotis, "
        "Vasiliki, Stavros, Thanos, Georgia, Kostas, Chrysa, Spyros, Athina, Michalis, Theodora, Lefteris, Fotini, "
        "Apostolos, Ourania",
        "Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Karagiannis, Dimitriou, Vlachos, Oikonomou, "
        "Papanikolaou, Christodoulou, Alexiou, Stavrou, Kyriakou, Antoniou, Makris, Theodorou, Papageorgiou, "
        "Xenakis, Andreadis, Zervas, Loukas"),
    "jewish_israeli": (
        "Noa, Yonatan, Tamar, Eitan, Shira, Ariel, Maya, Avi, Yael, Itai, Michal, Omri, Liat, Gideon, Hadas, "
        "Ronen, Talia, Uri, Orly, Nadav, Efrat, Amit, Dafna, Boaz, Shoshana",
        "Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Rosenberg, Ben-David, Shapiro, Katz, Goldstein, Azoulay, "
        "Ben-Ami, Weiss, Avraham, Dahan, Shalev, Bar-Lev, Ohana, Klein, Segal"),
    "caribbean": (
        "Dwayne, Shereen, Marlon, Tanisha, Devon, Kerry-Ann, Sashelle, Omari, Jermaine, Patrice, Delroy, Fitzroy, "
        "Althea, Winston, Simone, Garfield, Marcia, Kemar, Shanelle, Courtney, Yanique, Errol, Tashana, Clive, "
        "Shamar",
        "Campbell, Brown, Williams, Thompson, Grant, McKenzie, Bailey, Clarke, Francis, Reid, Forbes, Beckford, "
        "Henry, Spence, Samuels, Lindo, Barrett, Wint, Edwards, Dacosta, Chin"),
    "pacific": (
        "Aroha, Tane, Mere, Wiremu, Anahera, Rawiri, Kahurangi, Nikau, Moana, Hemi, Ngaire, Tamati, Huia, "
        "Leilani, Kalani, Malia, Koa, Sione, Losa, Tevita, Mele, Ioane, Salote, Pita, Ana",
        "Ngata, Parata, Te Rangi, Tawhiri, Kereama, Rangihuna, Te Whata, Mahuika, Kahananui, Akana, Palakiko, "
        "Fonoti, Taufa, Vaipulu, Fifita, Leota, Sapolu, Faleolo, Aumua, Tapsell, Herewini"),
}


def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


GROUPS = {g: (_split(a), _split(b)) for g, (a, b) in GROUPS_RAW.items()}

# Names that are also ordinary words; used where a frame makes clear they name a person.
WORD_GIVEN = _split("Hope, Will, Rose, Grace, Faith, Joy, Summer, Hunter, Miles, Chase, Bill, Mark, Dawn, Iris, "
                    "Ivy, Amber, Pearl, Sunny, Frank, Sandy, Rusty, Violet, Jack, Autumn, Sky, Hazel, Drew, Penny, "
                    "Buck, Destiny")
WORD_SURNAME = _split("Young, King, Grant, Long, White, Brown, Black, Green, Price, Hall, Bell, Hill, Wood, Stone, "
                      "Rich, Swift, Baker, Cook, Fisher, Little, Strong, Wise, Love, Page, Church, Field, Sharp, "
                      "Moody, Bland, Friend")
WORD_HOST = ["english", "american", "caribbean", "african_american", "scottish", "irish"]

SF_P = {"chinese": 0.35, "cantonese": 0.2, "japanese": 0.2, "korean": 0.3, "vietnamese": 0.3}
DOUBLE_SURNAME = {"spanish": 0.35, "mexican": 0.4, "portuguese": 0.3, "brazilian": 0.25}

LOCALE_GROUPS = {
    "us": {"american": 3, "african_american": 2, "mexican": 1, "english": 0.6, "irish": 0.6, "chinese": 0.8,
           "korean": 0.5, "vietnamese": 0.5, "indian_north": 0.8, "filipino": 0.5, "jewish_israeli": 0.5,
           "italian": 0.5, "arabic": 0.3, "polish": 0.3, "caribbean": 0.3, "ethiopian": 0.2, "thai": 0.2,
           "persian": 0.2},
    "uk": {"english": 4, "scottish": 1, "welsh": 1, "irish": 0.5, "pakistani": 1, "indian_north": 0.7,
           "bangladeshi": 0.5, "caribbean": 0.6, "polish": 0.5, "yoruba": 0.4, "igbo": 0.4, "ghanaian": 0.3,
           "cantonese": 0.3, "italian": 0.2, "greek": 0.2, "turkish": 0.2, "srilankan": 0.3},
    "ca": {"american": 1, "english": 1, "french": 1.5, "chinese": 1, "cantonese": 0.7, "indian_north": 1,
           "filipino": 0.5, "scottish": 0.5, "irish": 0.5, "korean": 0.3, "persian": 0.3, "caribbean": 0.3,
           "russian_ukrainian": 0.4, "srilankan": 0.2, "ethiopian": 0.2},
    "au": {"english": 3, "scottish": 0.5, "irish": 0.5, "chinese": 1, "vietnamese": 0.7, "greek": 0.7,
           "italian": 0.7, "indian_north": 0.6, "indian_south": 0.4, "filipino": 0.3, "pacific": 0.5,
           "arabic": 0.3, "korean": 0.3, "srilankan": 0.3, "thai": 0.2},
    "ie": {"irish": 5, "english": 0.5, "polish": 1, "yoruba": 0.3, "igbo": 0.3, "brazilian": 0.4,
           "indian_south": 0.3, "filipino": 0.3},
    "in": {"indian_north": 3, "indian_south": 3, "bangladeshi": 0.2},
    "de": {"german": 5, "turkish": 1, "polish": 0.5, "russian_ukrainian": 0.5, "greek": 0.3, "italian": 0.3,
           "arabic": 0.3},
    "fr": {"french": 5, "maghreb_egypt": 1.5, "portuguese": 0.5, "vietnamese": 0.3, "spanish": 0.3},
    "es": {"spanish": 5, "mexican": 0.5, "maghreb_egypt": 0.5},
    "it": {"italian": 6, "maghreb_egypt": 0.3},
    "nl": {"dutch_flemish": 5, "turkish": 0.5, "maghreb_egypt": 0.5},
    "pt": {"portuguese": 5, "brazilian": 1},
    "br": {"brazilian": 6, "japanese": 0.3, "italian": 0.3, "arabic": 0.3},
    "mx": {"mexican": 6, "spanish": 0.5},
    "za": {"south_african": 5, "english": 0.5, "indian_south": 0.5},
    "ng": {"yoruba": 3, "igbo": 3, "hausa": 3},
    "ke": {"kenyan": 6, "indian_north": 0.3},
    "sg": {"chinese": 2, "cantonese": 1, "malay_indonesian": 2, "indian_south": 1.5},
    "ph": {"filipino": 6, "chinese": 0.3},
    "jp": {"japanese": 6},
    "kr": {"korean": 6},
    "cn": {"chinese": 6},
    "pl": {"polish": 6, "russian_ukrainian": 0.5},
    "se": {"swedish_nordic": 5, "persian": 0.5, "arabic": 0.3, "ethiopian": 0.3, "polish": 0.2},
}

FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i",
        "ð": "d", "þ": "th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def alpha(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


class Person:
    def __init__(self, given, surname, group, sf):
        self.given, self.surname, self.group, self.sf = given, surname, group, sf

    def full(self):
        return "%s %s" % (self.surname, self.given) if self.sf else "%s %s" % (self.given, self.surname)

    def tokens(self):
        return set(alpha(t) for t in (self.given + " " + self.surname).replace("-", " ").split()) - {
            "", "van", "der", "den", "de", "la", "le", "du", "da", "bin", "binti", "al", "el", "ap", "ab", "ni",
            "o", "mac", "te", "von", "zu", "di", "dela", "ben", "abu", "ait", "janse"}


def wchoice(rng, weights):
    keys = list(weights)
    tot = sum(weights[k] for k in keys)
    x = rng.random() * tot
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


# --------------------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------------------
class V:
    """Random helpers bound to one rng."""

    def __init__(self, rng):
        self.r = rng

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def nz(self, n, lo=1):
        return str(self.r.randint(lo, 9)) + self.d(n - 1)

    def pick(self, seq):
        return self.r.choice(seq)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))


# ---- phones ---------------------------------------------------------------------------------------------------
def nanp(v, areas, ext=False, fr=False):
    a = v.pick(areas)
    while True:
        e = v.nz(3, 2)
        if e != "555" and e[1:] != "11":
            break
    l = v.d(4)
    s = v.pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s",
                "+1-%s-%s-%s", "(%s) %s-%s"]) % (a, e, l)
    if ext:
        s += v.pick([" ext. ", " x", " ext ", " Ext. "] + ([" poste "] if fr else [])) + str(v.r.randint(2, 4999))
    return s


US_AREAS = ["212", "312", "415", "617", "646", "713", "404", "206", "503", "702", "919", "971", "305", "480", "512",
            "614", "720", "816", "832", "952", "615", "412", "608", "801"]
CA_AREAS = ["416", "647", "604", "778", "514", "438", "403", "613", "902", "780", "204", "250"]


def ph_us(v, kind):
    return nanp(v, US_AREAS, ext=(kind == "x"))


def ph_ca(v, kind):
    return nanp(v, CA_AREAS, ext=(kind == "x"), fr=True)


def ph_uk(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.55):
        while True:
            pre = "07" + v.pick("45789") + v.d(2)
            if pre != "07700":
                break
        six = v.d(6)
        return v.pick(["%s %s" % (pre, six), "%s %s %s" % (pre, six[:3], six[3:]), "+44 %s %s" % (pre[1:], six),
                       "+44 (0)%s %s %s" % (pre[1:], six[:3], six[3:]), pre + six, "+44%s%s" % (pre[1:], six)])
    area, n = v.pick([("020", 8), ("0161", 7), ("0121", 7), ("0131", 7), ("0141", 7), ("0113", 7), ("0117", 7),
                      ("0114", 7), ("0151", 7), ("01223", 6), ("01865", 6), ("01904", 6), ("029", 8), ("028", 8)])
    while True:
        if n == 8:
            loc = {"020": v.pick("378"), "029": "20", "028": "90"}[area] + v.d(8 - len({"020": "7", "029": "20", "028": "90"}[area]))
        else:
            loc = v.nz(n, 2)
        if not loc.startswith("496") and not loc.startswith("7946") and not loc.startswith("2018"):
            break
    if n == 8:
        g = "%s %s" % (loc[:4], loc[4:])
    elif n == 7:
        g = "%s %s" % (loc[:3], loc[3:])
    else:
        g = loc
    s = v.pick(["%s %s" % (area, g), "+44 %s %s" % (area[1:], g), "+44 (0)%s %s" % (area[1:], g),
                "(%s) %s" % (area, g)])
    if kind == "x":
        s += v.pick([" ext. ", " ext ", " x"]) + str(v.r.randint(10, 999))
    return s


def ph_ie(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = "8" + v.pick("35679")
        a, b = v.d(3), v.d(4)
        return v.pick(["0%s %s %s" % (p, a, b), "+353 %s %s %s" % (p, a, b), "0%s-%s %s" % (p, a, b),
                       "0%s %s%s" % (p, a, b), "+353 (0)%s %s %s" % (p, a, b)])
    area = v.pick(["1", "21", "91", "61"])
    loc = v.nz(7 if area == "1" else 6, 2)
    g = "%s %s" % (loc[:3], loc[3:])
    s = v.pick(["(0%s) %s" % (area, g), "0%s %s" % (area, g), "+353 %s %s" % (area, g)])
    if kind == "x":
        s += " ext. " + str(v.r.randint(10, 450))
    return s


def ph_au(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        while True:
            p = "4" + v.d(2)
            if p != "491":
                break
        a, b = v.d(3), v.d(3)
        return v.pick(["0%s %s %s" % (p, a, b), "+61 %s %s %s" % (p, a, b), "0%s%s%s" % (p, a, b),
                       "(0%s) %s %s" % (p, a, b)])
    area = v.pick(["2", "3", "7", "8"])
    first = {"2": "98", "3": "98", "7": "3", "8": "987"}[area]
    loc = v.pick(first) + v.d(7)
    g = "%s %s" % (loc[:4], loc[4:])
    s = v.pick(["(0%s) %s" % (area, g), "0%s %s" % (area, g), "+61 %s %s" % (area, g)])
    if kind == "x":
        s += " ext " + str(v.r.randint(100, 999))
    return s


def ph_in(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        m = v.nz(10, 6)
        return v.pick(["+91 %s %s" % (m[:5], m[5:]), "%s %s" % (m[:5], m[5:]), "0%s" % m, "+91-%s" % m,
                       "+91 %s" % m, "+91 %s-%s" % (m[:5], m[5:])])
    a = v.pick(["022", "080", "011", "044", "040", "033", "020"])
    loc = v.nz(8, 2)
    s = v.pick(["%s-%s %s" % (a, loc[:4], loc[4:]), "%s %s" % (a, loc), "+91 %s %s" % (a[1:], loc),
                "(%s) %s %s" % (a, loc[:4], loc[4:]), "%s-%s" % (a, loc)])
    if kind == "x":
        s += v.pick([" Extn. ", " ext. "]) + str(v.r.randint(100, 999))
    return s


def ph_de(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.5):
        p = v.pick(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0176", "0177", "0178",
                    "0179"])
        n = v.d(v.pick([7, 8]))
        return v.pick(["%s %s" % (p, n), "%s/%s" % (p, n), "+49 %s %s" % (p[1:], n), "+49 (0)%s %s" % (p[1:], n),
                       "%s-%s" % (p, n), "+49 %s %s %s" % (p[1:], n[:3], n[3:])])
    a = v.pick(["030", "089", "040", "069", "0221", "0341", "0711", "0351", "0211", "0761"])
    n = v.nz(8 if len(a) == 3 else 7, 2)
    if kind == "x":
        return v.pick(["%s %s-%s" % (a, n[:-2], v.d(2)), "+49 %s %s-%s" % (a[1:], n[:-2], v.pick(["0", "12", "204"]))])
    return v.pick(["%s %s" % (a, n), "%s/%s" % (a, n), "+49 %s %s" % (a[1:], n), "(%s) %s" % (a, n),
                   "+49 (0)%s %s" % (a[1:], n)])


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def ph_fr(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("67") + v.d(8)
    else:
        n = v.pick("12345") + v.d(8)
    ten = "0" + n
    return v.pick([_pairs(ten), ".".join(ten[i:i + 2] for i in range(0, 10, 2)), "+33 %s %s" % (n[0], _pairs(n[1:])),
                   "+33 (0)%s %s" % (n[0], _pairs(n[1:])), ten, "-".join(ten[i:i + 2] for i in range(0, 10, 2))])


def ph_es(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("67") + v.d(8)
        return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                       "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s" % n, n])
    n = v.pick(["91", "93", "96", "95", "94", "98"]) + v.nz(7, 2)
    return v.pick(["%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "%s %s %s" % (n[:3], n[3:6], n[6:]),
                   "+34 %s %s %s" % (n[:3], n[3:6], n[6:])])


def ph_it(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = v.pick(["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "351",
                    "360", "366", "368", "380", "388", "389", "392", "393"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "%s %s" % (p, n), "+39 %s %s" % (p, n), p + n,
                       "%s-%s" % (p, n), "+39 %s %s %s" % (p, n[:3], n[3:])])
    a, k = v.pick([("06", 8), ("02", 8), ("011", 7), ("055", 7), ("081", 7), ("051", 7), ("010", 7), ("041", 7)])
    n = v.nz(k, 2)
    return v.pick(["%s %s %s" % (a, n[:4], n[4:]), "%s/%s" % (a, n), "+39 %s %s" % (a, n), "%s %s" % (a, n),
                   "%s-%s" % (a, n)])


def ph_nl(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        n = v.pick("12345") + v.d(7)
        return v.pick(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "06 %s" % _pairs(n), "+31 6 %s" % n,
                       "+31 (0)6 %s %s" % (n[:4], n[4:]), "+31 6 %s" % _pairs(n), "06%s" % n])
    a = v.pick(["020", "010", "030", "070", "040", "050", "071", "024"])
    n = v.nz(7, 2)
    return v.pick(["%s-%s" % (a, n), "%s %s %s" % (a, n[:3], n[3:]), "+31 %s %s %s" % (a[1:], n[:3], n[3:]),
                   "(%s) %s" % (a, n), "+31 (0)%s %s" % (a[1:], n)])


def ph_pt(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        n = "9" + v.pick("1236") + v.d(7)
    else:
        n = v.pick(["21", "22", "23", "25"]) + v.nz(7, 2)
    return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+351 %s %s %s" % (n[:3], n[3:6], n[6:]), n, "+351 %s" % n])


def ph_br(v, kind):
    ddd = v.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48"])
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        x, y = v.nz(4, 6), v.d(4)
        return v.pick(["(%s) 9%s-%s" % (ddd, x, y), "+55 %s 9%s-%s" % (ddd, x, y), "%s 9%s %s" % (ddd, x, y),
                       "+55 (%s) 9%s-%s" % (ddd, x, y), "(%s) 9 %s-%s" % (ddd, x, y), "(%s)9%s-%s" % (ddd, x, y)])
    x, y = v.nz(4, 2)[:1] + v.d(3), v.d(4)
    x = str(v.r.randint(2, 5)) + x[1:]
    return v.pick(["(%s) %s-%s" % (ddd, x, y), "+55 %s %s-%s" % (ddd, x, y), "%s %s %s" % (ddd, x, y)])


def ph_mx(v, kind):
    a = v.pick(["55", "33", "81", "222", "999", "442"])
    n = v.nz(10 - len(a), 2)
    if len(a) == 2:
        return v.pick(["%s %s %s" % (a, n[:4], n[4:]), "(%s) %s-%s" % (a, n[:4], n[4:]),
                       "+52 %s %s %s" % (a, n[:4], n[4:]), "+52 1 %s %s %s" % (a, n[:4], n[4:]), a + n])
    return v.pick(["%s %s %s" % (a, n[:3], n[3:]), "(%s) %s-%s" % (a, n[:3], n[3:]), "+52 %s %s %s" % (a, n[:3], n[3:])])


def ph_za(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        p = v.pick(["060", "061", "062", "063", "064", "065", "071", "072", "073", "074", "076", "078", "079", "081",
                    "082", "083", "084"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "+27 %s %s %s" % (p[1:], n[:3], n[3:]), p + n,
                       "+27 (0)%s %s %s" % (p[1:], n[:3], n[3:]), "+27%s%s" % (p[1:], n)])
    a = v.pick(["011", "021", "012", "031", "041", "051"])
    n = v.nz(7, 2)
    s = v.pick(["(%s) %s %s" % (a, n[:3], n[3:]), "%s %s %s" % (a, n[:3], n[3:]), "+27 %s %s %s" % (a[1:], n[:3], n[3:])])
    if kind == "x":
        s += " x" + str(v.r.randint(100, 999))
    return s


def ph_ng(v, kind):
    p = v.pick(["0803", "0806", "0813", "0816", "0703", "0706", "0805", "0807", "0815", "0802", "0808", "0812",
                "0901", "0903", "0906"])
    n = v.d(7)
    return v.pick(["%s %s %s" % (p, n[:3], n[3:]), "+234 %s %s %s" % (p[1:], n[:3], n[3:]), p + n, "+234%s%s" % (p[1:], n),
                   "%s-%s-%s" % (p, n[:3], n[3:]), "+234 (0)%s %s %s" % (p[1:], n[:3], n[3:])])


def ph_ke(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.8):
        p = v.pick(["0700", "0701", "0710", "0711", "0712", "0713", "0720", "0721", "0722", "0724", "0725", "0727",
                    "0729", "0733", "0740", "0745", "0746", "0757", "0768", "0790", "0110", "0111", "0115"])
        n = v.d(6)
        return v.pick(["%s %s" % (p, n), "%s %s %s" % (p, n[:3], n[3:]), "+254 %s %s" % (p[1:], n),
                       "+254 %s %s %s" % (p[1:], n[:3], n[3:]), "+254 (0)%s %s" % (p[1:], n), p + n])
    n = "2" + v.d(6)
    return v.pick(["020 %s" % n, "+254 20 %s" % n, "(020) %s %s" % (n[:3], n[3:])])


def ph_sg(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        n = v.pick("89") + v.d(7)
    else:
        n = "6" + v.d(7)
    return v.pick(["%s %s" % (n[:4], n[4:]), "+65 %s %s" % (n[:4], n[4:]), "+65 %s" % n, n, "(+65) %s %s" % (n[:4], n[4:])])


def ph_ph(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        pre = "09" + v.pick(["17", "18", "19", "20", "21", "27", "28", "29", "35", "36", "45", "55", "56", "66", "77",
                             "78", "95", "98"])
        n = v.d(7)
        return v.pick(["%s %s %s" % (pre, n[:3], n[3:]), "+63 %s %s %s" % (pre[1:], n[:3], n[3:]), pre + n,
                       "+63%s%s" % (pre[1:], n), "%s-%s-%s" % (pre, n[:3], n[3:])])
    n = "8" + v.d(7)
    s = v.pick(["(02) %s %s" % (n[:4], n[4:]), "+63 2 %s %s" % (n[:4], n[4:]), "02-%s-%s" % (n[:4], n[4:])])
    if kind == "x":
        s += " loc. " + str(v.r.randint(100, 999))
    return s


def ph_jp(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.6):
        p = v.pick(["090", "080", "070"])
        a, b = v.d(4), v.d(4)
        return v.pick(["%s-%s-%s" % (p, a, b), "+81 %s-%s-%s" % (p[1:], a, b), "+81 %s %s %s" % (p[1:], a, b),
                       "%s %s %s" % (p, a, b)])
    a = v.pick(["03", "06", "045", "052", "075", "011", "092"])
    mid = v.nz(4 if len(a) == 2 else 3, 2)
    b = v.d(4)
    return v.pick(["%s-%s-%s" % (a, mid, b), "+81 %s-%s-%s" % (a[1:], mid, b), "(%s) %s-%s" % (a, mid, b)])


def ph_kr(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        a, b = v.nz(4, 2), v.d(4)
        return v.pick(["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b), "+82 10 %s %s" % (a, b), "010 %s %s" % (a, b),
                       "010%s%s" % (a, b)])
    area = v.pick(["02", "031", "051", "032", "042"])
    mid = v.nz(v.pick([3, 4]), 2)
    b = v.d(4)
    return v.pick(["%s-%s-%s" % (area, mid, b), "+82 %s-%s-%s" % (area[1:], mid, b)])


def ph_cn(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.7):
        m = "1" + v.pick(["38", "39", "35", "36", "37", "50", "51", "52", "58", "59", "86", "87", "88", "30", "31",
                          "32", "55", "56", "85", "33", "53", "80", "81", "89", "77", "99"]) + v.d(8)
        return v.pick(["%s %s %s" % (m[:3], m[3:7], m[7:]), "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
                       "+86 %s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s" % m, m, "(+86) %s" % m])
    a = v.pick(["010", "021", "020", "0755", "0571", "028"])
    n = v.nz(8, 5)
    return v.pick(["%s-%s %s" % (a, n[:4], n[4:]), "%s-%s" % (a, n), "+86 %s %s %s" % (a[1:], n[:4], n[4:])])


def ph_pl(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        n = v.pick("5678") + v.d(8)
        return v.pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+48 %s %s %s" % (n[:3], n[3:6], n[6:]),
                       "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+48 %s" % n, "+48%s" % n])
    a = v.pick(["22", "12", "58", "61", "71", "42"])
    n = v.nz(7, 2)
    return v.pick(["%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "(%s) %s %s %s" % (a, n[:3], n[3:5], n[5:]),
                   "+48 %s %s %s %s" % (a, n[:3], n[3:5], n[5:])])


def ph_se(v, kind):
    if kind == "m" or (kind == "a" and v.r.random() < 0.65):
        x = v.pick("02369")
        n = v.d(7)
        return v.pick(["07%s-%s %s %s" % (x, n[:3], n[3:5], n[5:]), "+46 7%s %s %s %s" % (x, n[:3], n[3:5], n[5:]),
                       "07%s %s %s %s" % (x, n[:3], n[3:5], n[5:]), "07%s%s" % (x, n), "07%s-%s" % (x, n)])
    if v.r.random() < 0.5:
        n = v.nz(8, 2)
        return v.pick(["08-%s %s %s" % (n[:3], n[3:6], n[6:]), "+46 8 %s %s %s" % (n[:3], n[3:6], n[6:]),
                       "08-%s" % n])
    a = v.pick(["031", "040", "018", "090"])
    n = v.nz(6, 2)
    return v.pick(["%s-%s %s %s" % (a, n[:2], n[2:4], n[4:]), "+46 %s %s %s %s" % (a[1:], n[:2], n[2:4], n[4:])])


PHONES = {"us": ph_us, "ca": ph_ca, "uk": ph_uk, "ie": ph_ie, "au": ph_au, "in": ph_in, "de": ph_de, "fr": ph_fr,
          "es": ph_es, "it": ph_it, "nl": ph_nl, "pt": ph_pt, "br": ph_br, "mx": ph_mx, "za": ph_za, "ng": ph_ng,
          "ke": ph_ke, "sg": ph_sg, "ph": ph_ph, "jp": ph_jp, "kr": ph_kr, "cn": ph_cn, "pl": ph_pl, "se": ph_se}


# ---- addresses: each returns a list of lines; one-line form joins them with ", " ------------------------------
UK_TOWNS = [("London", ["N16", "SE15", "E8", "SW9", "NW5", "W12", "E17"]), ("Bristol", ["BS6", "BS3", "BS7"]),
            ("Manchester", ["M14", "M20", "M21"]), ("Leeds", ["LS6", "LS8"]), ("Sheffield", ["S11", "S7"]),
            ("Norwich", ["NR2", "NR3"]), ("Cardiff", ["CF24", "CF11"]), ("Edinburgh", ["EH6", "EH9", "EH10"]),
            ("Glasgow", ["G12", "G41"]), ("Nottingham", ["NG7", "NG5"]), ("York", ["YO10", "YO31"]),
            ("Bath", ["BA2"]), ("Exeter", ["EX4"]), ("Belfast", ["BT9", "BT7"]), ("Harrogate", ["HG1", "HG2"]),
            ("Brighton", ["BN1", "BN2"]), ("Oxford", ["OX4"]), ("Leicester", ["LE2"]), ("Aberdeen", ["AB10"]),
            ("Swansea", ["SA1", "SA2"])]
UK_STREETS = ["Ashgrove Road", "Kingsley Close", "Mill Lane", "Victoria Terrace", "St Mary's Road", "Brook Street",
              "Hawthorn Avenue", "Queen's Drive", "Albert Road", "Station Road", "Cromwell Grove",
              "Cavendish Gardens", "Beechwood Crescent", "Church Walk", "Elm Park", "Lansdowne Place",
              "Wellington Street", "Gladstone Road", "Orchard Way", "Sycamore Rise"]
UK_VILLAGES = [("Little Hadham", "SG11"), ("Great Ayton", "TS9"), ("Upper Slaughter", "GL54"),
               ("Nether Stowey", "TA5"), ("East Hendred", "OX12"), ("Long Melford", "CO10")]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Holly House", "Meadow View", "Willow Barn", "Fernlea"]


def uk_post(v, out):
    return "%s %s%s" % (out, v.r.randint(1, 9), v.chars("ABDEFGHJLNPQRSTUWXYZ", 2))


def ad_uk(v):
    r = v.r.random()
    if r < 0.12:
        vil, out = v.pick(UK_VILLAGES)
        return [v.pick(UK_HOUSES), v.pick(["Mill Lane", "Church Road", "The Green", "Back Lane"]), vil, uk_post(v, out)]
    town, outs = v.pick(UK_TOWNS)
    num = str(v.r.randint(1, 240)) + (v.pick("AB") if v.r.random() < 0.1 else "")
    st = "%s %s" % (num, v.pick(UK_STREETS))
    lines = ["Flat %s" % v.pick(["1", "2", "3", "4B", "7", "12", "C"]), st] if r < 0.35 else [st]
    lines.append("%s %s" % (town, uk_post(v, v.pick(outs))))
    return lines


US_CITIES = [("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Raleigh", "NC", "276"),
             ("Denver", "CO", "802"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"),
             ("Albany", "NY", "122"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"), ("Savannah", "GA", "314"),
             ("Spokane", "WA", "992"), ("Ann Arbor", "MI", "481"), ("Worcester", "MA", "016"),
             ("Lexington", "KY", "405"), ("Chattanooga", "TN", "374"), ("Des Moines", "IA", "503"),
             ("Burlington", "VT", "054"), ("Sacramento", "CA", "958"), ("Pittsburgh", "PA", "152"),
             ("Tampa", "FL", "336")]
US_STREETS = ["Maple Ridge Dr", "Oak Hollow Ln", "W 3rd St", "Cedar Ave", "Sycamore Ct", "Old Mill Rd",
              "N Lamar Blvd", "Birchwood Way", "E Franklin St", "Chestnut Pl", "Quail Run Rd", "Harbor View Ter",
              "Pinecrest Cir", "S Congress Ave", "Willow Bend Pkwy", "Elmhurst Ave", "Brookside Dr",
              "Lakeshore Blvd", "Magnolia St", "Foxglove Ln", "Prospect Ave", "Juniper Hill Rd"]


def ad_us(v):
    city, st, z = v.pick(US_CITIES)
    line = "%d %s" % (v.r.randint(12, 9899), v.pick(US_STREETS))
    lines = [line]
    if v.r.random() < 0.35:
        lines.append(v.pick(["Apt 4B", "Apt 12", "Unit 210", "#305", "Suite 1400", "Apt 2F", "Apt 7"]))
    lines.append("%s, %s %s%s" % (city, st, z, v.d(2)))
    return lines


CA_CITIES = [("Toronto", "ON", ["M5V", "M4C", "M6H", "M4K"], ["Queen St W", "Bloor St E", "Danforth Ave",
                                                             "Roncesvalles Ave", "Dundas St W"]),
             ("Vancouver", "BC", ["V6K", "V5L", "V5N"], ["Commercial Dr", "W 4th Ave", "Main St", "Robson St"]),
             ("Montréal", "QC", ["H2T", "H2J", "H3H"], ["rue Saint-Denis", "avenue du Mont-Royal E",
                                                       "boulevard Saint-Laurent", "rue Sherbrooke O"]),
             ("Calgary", "AB", ["T2N", "T2S"], ["17 Ave SW", "Kensington Rd NW"]),
             ("Ottawa", "ON", ["K1S", "K2P"], ["Bank St", "Elgin St"]),
             ("Halifax", "NS", ["B3H", "B3K"], ["Spring Garden Rd", "Agricola St"]),
             ("Winnipeg", "MB", ["R3M"], ["Corydon Ave", "Osborne St"]),
             ("Victoria", "BC", ["V8V", "V8R"], ["Fort St", "Cook St"])]


def ad_ca(v):
    city, pr, fsas, streets = v.pick(CA_CITIES)
    post = "%s %d%s%d" % (v.pick(fsas), v.r.randint(0, 9), v.pick("ABCEGHJKLMNPRSTVWXYZ"), v.r.randint(0, 9))
    num = v.r.randint(10, 4999)
    if v.r.random() < 0.4:
        line = "%d-%d %s" % (v.r.randint(101, 2409), num, v.pick(streets))
    else:
        line = "%d %s" % (num, v.pick(streets))
    return [line, "%s, %s %s" % (city, pr, post)]


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Bondi", "NSW", "2026"), ("Paddington", "QLD", "4064"),
              ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Newtown", "NSW", "2042"),
              ("Brunswick", "VIC", "3056"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Subiaco", "WA", "6008"),
              ("Northcote", "VIC", "3070"), ("Manly", "NSW", "2095")]
AU_STREETS = ["Wattle St", "Beach Rd", "Gympie Tce", "Banksia Cres", "Smith St", "Kent St", "Albion Rd",
              "Jacaranda Ave", "Moreton Pde", "Coral Tree Dr", "Brunswick St", "Hay St", "Macquarie St", "Lygon St"]


def ad_au(v):
    sub, stt, pc = v.pick(AU_SUBURBS)
    n = v.r.randint(1, 320)
    r = v.r.random()
    if r < 0.25:
        line = "Unit %d/%d %s" % (v.r.randint(1, 30), n, v.pick(AU_STREETS))
    elif r < 0.45:
        line = "%d/%d %s" % (v.r.randint(1, 30), n, v.pick(AU_STREETS))
    else:
        line = "%d %s" % (n, v.pick(AU_STREETS))
    return [line, "%s %s %s" % (sub, stt, pc)]


IE_PLACES = [("Terenure", "Dublin 6W", "D6W"), ("Rathmines", "Dublin 6", "D06"), ("Drumcondra", "Dublin 9", "D09"),
             ("Phibsborough", "Dublin 7", "D07"), ("Ballincollig", "Co. Cork", "P31"), (None, "Cork", "T12"),
             (None, "Galway", "H91"), (None, "Limerick", "V94"), ("Bray", "Co. Wicklow", "A98"),
             (None, "Kilkenny", "R95"), (None, "Sligo", "F91"), (None, "Waterford", "X91"),
             ("Athlone", "Co. Westmeath", "N37")]
IE_STREETS = ["Ashfield Park", "Castle Avenue", "Griffith Road", "St Brendan's Terrace", "Orchard Lawn",
              "Main Street", "Shandon Street", "Sea Road", "Ballymun Road", "Oakley Grove", "Church View",
              "Harbour Row"]


def ad_ie(v):
    area, town, rk = v.pick(IE_PLACES)
    L = "ACDEFHKNPRTVWXY"
    eir = "%s %s%d%s%d" % (rk, v.pick(L), v.r.randint(0, 9), v.pick(L), v.r.randint(0, 9))
    if v.r.random() < 0.3:
        lines = ["Apt %d" % v.r.randint(1, 40), v.pick(["The Maltings", "Marlborough Court", "Riverside Quay"])]
    else:
        lines = ["%d %s" % (v.r.randint(1, 180), v.pick(IE_STREETS))]
    if area:
        lines.append(area)
    lines += [town, eir]
    return lines


IN_LOCS = [("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Koramangala", "Bengaluru", "Karnataka", "560034"),
           ("Jayanagar 4th Block", "Bengaluru", "Karnataka", "560011"), ("Madhapur", "Hyderabad", "Telangana", "500081"),
           ("Banjara Hills", "Hyderabad", "Telangana", "500034"), ("Bandra West", "Mumbai", "Maharashtra", "400050"),
           ("Andheri East", "Mumbai", "Maharashtra", "400069"), ("Kothrud", "Pune", "Maharashtra", "411038"),
           ("T. Nagar", "Chennai", "Tamil Nadu", "600017"), ("Adyar", "Chennai", "Tamil Nadu", "600020"),
           ("Lajpat Nagar II", "New Delhi", "Delhi", "110024"), ("Greater Kailash I", "New Delhi", "Delhi", "110048"),
           ("Ballygunge", "Kolkata", "West Bengal", "700019"), ("Kadavanthra", "Kochi", "Kerala", "682020"),
           ("Sector 56", "Gurugram", "Haryana", "122011")]
IN_BLDGS = ["Sai Krupa Apartments", "Prestige Lakeside", "Shanti Niketan", "Green Park Residency", "Lotus Heights",
            "Sri Venkateswara Towers", "Gokul Dham", "Rajhans Enclave"]
IN_ROADS = ["14th Cross", "100 Feet Road", "2nd Main Road", "MG Road", "Link Road", "Hill Road", "LBS Marg",
            "Station Road"]


def ad_in(v):
    loc, city, state, pin = v.pick(IN_LOCS)
    r = v.r.random()
    if r < 0.45:
        return ["Flat %d, %s" % (v.r.randint(101, 1204), v.pick(IN_BLDGS)), v.pick(IN_ROADS), loc, "%s %s" % (city, pin)]
    if r < 0.75:
        return ["H.No. %d-%d-%d" % (v.r.randint(1, 12), v.r.randint(1, 9), v.r.randint(1, 300)), v.pick(IN_ROADS),
                loc, city, "%s %s" % (state, pin)]
    return ["%s-%d" % (v.pick("ABCDEFG"), v.r.randint(1, 240)), loc, "%s %s" % (city, pin)]


DE_CITIES = [("Berlin", ["10115", "10243", "10437", "10965", "12047", "13353"]),
             ("München", ["80331", "80469", "80797", "81667"]), ("Hamburg", ["20095", "20357", "22765"]),
             ("Köln", ["50667", "50823", "50937"]), ("Frankfurt am Main", ["60311", "60316", "60594"]),
             ("Leipzig", ["04109", "04275"]), ("Dresden", ["01067", "01099"]),
             ("Freiburg im Breisgau", ["79098", "79102"]), ("Münster", ["48143", "48151"]),
             ("Nürnberg", ["90402", "90429"]), ("Stuttgart", ["70173", "70197"]), ("Bremen", ["28195", "28203"])]
DE_STREETS = ["Lindenstraße", "Am Kirchberg", "Schillerstraße", "Bahnhofstraße", "Goethestraße", "Gartenweg",
              "Hauptstraße", "Kastanienallee", "Eichendorffweg", "Mühlenstraße", "Rosenthaler Straße", "Sonnenstraße",
              "Bergmannstraße", "Schulstraße", "Ahornweg", "Friedrich-Ebert-Straße"]


def ad_de(v):
    city, plzs = v.pick(DE_CITIES)
    hn = str(v.r.randint(1, 140)) + (v.pick("abc") if v.r.random() < 0.2 else "")
    return ["%s %s" % (v.pick(DE_STREETS), hn), "%s %s" % (v.pick(plzs), city)]


FR_CITIES = [("Paris", ["75003", "75011", "75014", "75018", "75020"]), ("Lyon", ["69001", "69003", "69007"]),
             ("Marseille", ["13001", "13006", "13008"]), ("Toulouse", ["31000", "31400"]),
             ("Nantes", ["44000", "44100"]), ("Lille", ["59000", "59800"]), ("Bordeaux", ["33000", "33800"]),
             ("Strasbourg", ["67000"]), ("Montpellier", ["34000"]), ("Rennes", ["35000", "35200"]),
             ("Grenoble", ["38000"]), ("Nice", ["06000", "06300"])]
FR_STREETS = ["rue des Lilas", "avenue de la République", "boulevard Voltaire", "rue Victor-Hugo",
              "place du Marché", "allée des Tilleuls", "rue Jean-Jaurès", "impasse des Vignes", "quai de la Loire",
              "chemin des Écoliers", "rue de la Paix", "rue du Faubourg Saint-Antoine", "cours Lafayette",
              "rue Paradis"]


def ad_fr(v):
    city, cps = v.pick(FR_CITIES)
    n = str(v.r.randint(1, 160)) + (v.pick([" bis", " ter"]) if v.r.random() < 0.15 else "")
    lines = []
    if v.r.random() < 0.25:
        lines.append(v.pick(["Bât. B", "Apt 12", "Résidence les Pins", "Escalier C"]))
    lines.append("%s %s" % (n, v.pick(FR_STREETS)))
    lines.append("%s %s" % (v.pick(cps), city))
    return lines


ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480"),
             ("Zaragoza", "500"), ("Málaga", "290"), ("Granada", "180"), ("Salamanca", "370"), ("Palma", "070")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Gran Vía", "Calle del Pez",
              "Plaza de la Merced", "Calle Larios", "Rambla de Catalunya", "Calle San Fernando", "Calle de Toledo",
              "Paseo de la Castellana", "Calle Doctor Fleming", "Avenida Diagonal", "Carrer de Sants"]


def ad_es(v):
    city, pre = v.pick(ES_CITIES)
    st = v.pick(ES_STREETS)
    if st.startswith("Calle ") and v.r.random() < 0.4:
        st = "C/ " + st[6:]
    fl = "%dº %s" % (v.r.randint(1, 8), v.pick(["izq.", "dcha.", "A", "B", "C"]))
    cp = "%s%02d" % (pre, v.r.randint(1, 50))
    if v.r.random() < 0.5:
        return ["%s %d, %s" % (st, v.r.randint(1, 200), fl), "%s %s" % (cp, city)]
    return ["%s, %d" % (st, v.r.randint(1, 200)), fl, "%s %s" % (cp, city)]


IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
             ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Genova", "GE", "161"), ("Palermo", "PA", "901"),
             ("Verona", "VR", "371"), ("Bari", "BA", "701")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza",
              "Via San Donato", "Piazza della Repubblica", "Via Mazzini", "Via del Corso", "Via Tiburtina",
              "Via Cavour", "Via Nazionale", "Corso Buenos Aires", "Via Toledo"]


def ad_it(v):
    city, prov, pre = v.pick(IT_CITIES)
    lines = ["%s %d" % (v.pick(IT_STREETS), v.r.randint(1, 220))]
    if v.r.random() < 0.3:
        lines.append(v.pick(["int. %d" % v.r.randint(1, 30), "scala B", "scala A, int. %d" % v.r.randint(1, 20)]))
    lines.append("%s%02d %s (%s)" % (pre, v.r.randint(0, 60), city, prov))
    return lines


NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Delft", "26")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Oudegracht", "Vondelstraat", "Laan van Meerdervoort", "Zeestraat",
              "Hoogstraat", "Biltstraat", "Stationsweg", "Molenstraat", "Haarlemmerdijk", "Witte de Withstraat",
              "Nieuwe Binnenweg", "Breestraat"]


def ad_nl(v):
    city, pre = v.pick(NL_CITIES)
    while True:
        let = v.chars("ABCEGHJKLMNPRSTVWXZ", 2)
        if let not in ("SA", "SD", "SS"):
            break
    pc = "%s%d%d %s" % (pre, v.r.randint(1, 9), v.r.randint(0, 9), let)
    hn = str(v.r.randint(1, 300)) + v.pick(["", "", "", "-II", "-1", "A", "B", " hs", "-3"])
    return ["%s %s" % (v.pick(NL_STREETS), hn), "%s %s" % (pc, city)]


PT_CITIES = [("Lisboa", (1000, 1990)), ("Porto", (4000, 4369)), ("Braga", (4700, 4719)), ("Coimbra", (3000, 3049)),
             ("Faro", (8000, 8009)), ("Aveiro", (3800, 3819))]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Travessa do Carmo", "Rua do Almada",
              "Avenida da Boavista", "Rua de Cedofeita", "Rua Direita", "Avenida Almirante Reis", "Rua Garrett"]


def ad_pt(v):
    city, (lo, hi) = v.pick(PT_CITIES)
    cp = "%d-%03d" % (v.r.randint(lo, hi), v.r.randint(0, 999))
    fl = v.pick(["1.º Dto.", "2.º Esq.", "3.º Esq.", "R/C", "4.º Frente", "5.º Dto."])
    return ["%s %d, %s" % (v.pick(PT_STREETS), v.r.randint(1, 400), fl), "%s %s" % (cp, city)]


BR_CITIES = [("São Paulo", "SP", ["Consolação", "Pinheiros", "Vila Mariana", "Moema", "Bela Vista"], (1000, 5999)),
             ("Rio de Janeiro", "RJ", ["Copacabana", "Botafogo", "Tijuca", "Laranjeiras"], (20000, 23799)),
             ("Belo Horizonte", "MG", ["Savassi", "Funcionários"], (30100, 31999)),
             ("Curitiba", "PR", ["Batel", "Água Verde"], (80000, 82999)),
             ("Porto Alegre", "RS", ["Moinhos de Vento", "Cidade Baixa"], (90000, 91999)),
             ("Recife", "PE", ["Boa Viagem"], (51000, 51299)), ("Salvador", "BA", ["Barra", "Pituba"], (40000, 41999)),
             ("Fortaleza", "CE", ["Meireles", "Aldeota"], (60000, 60999))]
BR_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua Oscar Freire", "Avenida Afonso Pena",
              "Rua XV de Novembro", "Rua da Aurora", "Avenida Sete de Setembro", "Rua Voluntários da Pátria",
              "Avenida Atlântica", "Rua Padre Chagas", "Rua Bahia"]


def ad_br(v):
    city, uf, bairros, (lo, hi) = v.pick(BR_CITIES)
    cep = "%05d-%03d" % (v.r.randint(lo, hi), v.r.randint(0, 999))
    apt = v.pick(["", ", apto %d" % v.r.randint(11, 184), ", bloco B, apto %d" % v.r.randint(101, 1504), ", casa 2"])
    return ["%s, %d%s" % (v.pick(BR_STREETS), v.r.randint(10, 3999), apt), v.pick(bairros), "%s - %s" % (city, uf), cep]


MX_CITIES = [("Ciudad de México", "CDMX", [("Roma Norte", "06700"), ("Condesa", "06140"), ("Del Valle", "03100"),
                                           ("Coyoacán", "04000"), ("Narvarte", "03020")]),
             ("Guadalajara", "Jal.", [("Americana", "44160"), ("Providencia", "44630")]),
             ("Monterrey", "N.L.", [("Obispado", "64060"), ("Cumbres", "64610")]),
             ("Puebla", "Pue.", [("La Paz", "72160")]), ("Mérida", "Yuc.", [("García Ginerés", "97070")]),
             ("Querétaro", "Qro.", [("Centro", "76000")])]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Colima", "Av. Vallarta", "Calle 60",
              "Av. Constitución", "Calle Morelos", "Av. Hidalgo", "Calle Tonalá", "Av. Juárez", "Calle Zacatecas"]


def ad_mx(v):
    city, st, cols = v.pick(MX_CITIES)
    col, cp = v.pick(cols)
    intr = v.pick(["", "", " Int. %d" % v.r.randint(1, 12), " Depto. %d" % v.r.randint(101, 804)])
    return ["%s %d%s" % (v.pick(MX_STREETS), v.r.randint(5, 2400), intr), "Col. %s" % col, "%s %s, %s" % (cp, city, st)]


ZA_PLACES = [("Lynnwood", "Pretoria", "0081"), ("Claremont", "Cape Town", "7708"), ("Melville", "Johannesburg", "2092"),
             ("Morningside", "Durban", "4001"), ("Walmer", "Gqeberha", "6070"), ("Westdene", "Bloemfontein", "9301"),
             ("Die Boord", "Stellenbosch", "7613"), ("Observatory", "Cape Town", "7925"),
             ("Parkhurst", "Johannesburg", "2193"), ("Hatfield", "Pretoria", "0083")]
ZA_STREETS = ["Jacaranda Street", "Main Road", "Protea Avenue", "Church Street", "Kloof Street", "Florida Road",
              "7th Street", "Lilian Ngoyi Street", "Bree Street", "Jan Smuts Avenue", "Louis Botha Avenue",
              "Beach Road"]


def ad_za(v):
    sub, city, code = v.pick(ZA_PLACES)
    st = "%d %s" % (v.r.randint(1, 220), v.pick(ZA_STREETS))
    if v.r.random() < 0.3:
        return ["Unit %d, %s" % (v.r.randint(1, 48), v.pick(["Sunset Gardens", "Villa Toscana", "Protea Court",
                                                             "Oak Manor", "Lion's Gate"])), st, sub, city, code]
    return [st, sub, city, code]


NG_PLACES = [("Victoria Island", "Lagos", "101241"), ("Lekki Phase 1", "Lagos", "105102"),
             ("Ikeja GRA", "Lagos", "100271"), ("Surulere", "Lagos", "101283"), ("Yaba", "Lagos", "101212"),
             ("Wuse II", "Abuja", "904101"), ("Maitama", "Abuja", "904101"), ("Garki", "Abuja", "900103"),
             ("Bodija", "Ibadan", "200284"), ("GRA Phase 2", "Port Harcourt", "500272"),
             ("Independence Layout", "Enugu", "400102")]
NG_STREETS = ["Adeola Odeku Street", "Admiralty Way", "Aminu Kano Crescent", "Awolowo Road", "Herbert Macaulay Way",
              "Bourdillon Road", "Ogui Road", "Aba Road", "Isaac John Street", "Ahmadu Bello Way",
              "Adetokunbo Ademola Crescent", "Obafemi Awolowo Way"]


def ad_ng(v):
    area, city, code = v.pick(NG_PLACES)
    r = v.r.random()
    if r < 0.3:
        return ["Plot %d, %s" % (v.r.randint(1, 900), v.pick(NG_STREETS)), area, city]
    if r < 0.5:
        return ["Flat %d, Block %s" % (v.r.randint(1, 12), v.pick("ABCDEF")), v.pick(NG_STREETS), area, city]
    return ["%d %s" % (v.r.randint(1, 150), v.pick(NG_STREETS)), area, "%s %s" % (city, code)]


KE_PLACES = [("Kilimani", "Nairobi", "00100"), ("Westlands", "Nairobi", "00800"), ("Lavington", "Nairobi", "00603"),
             ("South B", "Nairobi", "00200"), ("Karen", "Nairobi", "00502"), ("Nyali", "Mombasa", "80118"),
             ("Milimani", "Kisumu", "40100"), ("Milimani", "Nakuru", "20100")]
KE_STREETS = ["Ngong Road", "Argwings Kodhek Road", "Riverside Drive", "James Gichuru Road", "Links Road",
              "Oginga Odinga Street", "Lenana Road", "Mombasa Road", "Kindaruma Road", "Muthithi Road"]


def ad_ke(v):
    area, city, code = v.pick(KE_PLACES)
    if v.r.random() < 0.5:
        return ["Apartment %d%s, %s" % (v.r.randint(1, 14), v.pick("ABCD"), v.pick(["Elgon Court", "Riverside Gardens",
                                                                                     "Jacaranda Heights",
                                                                                     "Kileleshwa Park",
                                                                                     "Sunrise Apartments"])),
                v.pick(KE_STREETS), area, "%s %s" % (city, code)]
    return ["House %d, %s" % (v.r.randint(1, 80), v.pick(KE_STREETS)), area, city]


SG_HDB = [("Ang Mo Kio Avenue 10", "56"), ("Toa Payoh Lorong 8", "31"), ("Bedok North Street 3", "46"),
          ("Jurong West Street 42", "64"), ("Tampines Street 81", "52"), ("Yishun Ring Road", "76"),
          ("Bukit Batok West Avenue 6", "65"), ("Clementi Avenue 3", "12")]
SG_LANDED = [("Lorong Chuan", "55"), ("Jalan Kembangan", "41"), ("Holland Grove Road", "27"), ("Siglap Drive", "45"),
             ("Namly Avenue", "26")]


def ad_sg(v):
    if v.r.random() < 0.7:
        st, pre = v.pick(SG_HDB)
        blk = v.r.randint(101, 689)
        return ["Blk %d %s" % (blk, st), "#%02d-%d" % (v.r.randint(2, 16), v.r.randint(10, 1480)),
                "Singapore %s%04d" % (pre, blk)]
    st, pre = v.pick(SG_LANDED)
    return ["%d %s" % (v.r.randint(1, 90), st), "Singapore %s%s" % (pre, v.d(4))]


PH_AREAS = [("Bonifacio Global City", "Taguig", "1634"), ("Bel-Air", "Makati", "1209"),
            ("Kamuning", "Quezon City", "1103"), ("Kapitolyo", "Pasig", "1603"), ("Lahug", "Cebu City", "6000"),
            ("Poblacion", "Davao City", "8000")]
PH_STREETS = ["34th St", "Jupiter St", "Mabini St", "Kalayaan Ave", "Scout Tuason St", "Gorordo Ave",
              "J.P. Laurel Ave", "Rizal St", "Shaw Blvd"]


def ad_ph(v):
    r = v.r.random()
    if r < 0.35:
        brgy = v.pick(["San Isidro", "Santo Niño", "Malanday", "Bagong Silang"])
        city, prov, z = v.pick([("Antipolo City", "Rizal", "1870"), ("Dasmariñas", "Cavite", "4114"),
                                ("San Fernando", "Pampanga", "2000")])
        return ["Blk %d Lot %d, %s" % (v.r.randint(1, 40), v.r.randint(1, 30), v.pick(PH_STREETS)), "Brgy. %s" % brgy,
                city, "%s %s" % (prov, z)]
    area, city, z = v.pick(PH_AREAS)
    if r < 0.65:
        return ["Unit %d%s, %s" % (v.r.randint(2, 40), v.pick("ABCDEF"), v.pick(["Avida Towers", "One Serendra",
                                                                               "The Grove", "Greenbelt Residences"])),
                v.pick(PH_STREETS), area, "%s %s" % (city, z)]
    return ["%d %s" % (v.r.randint(1, 400), v.pick(PH_STREETS)), area, "%s %s" % (city, z)]


JP_AREAS = [("Jingumae", "Shibuya-ku", "Tokyo", "150-0001"), ("Nishi-Shinjuku", "Shinjuku-ku", "Tokyo", "160-0023"),
            ("Kichijoji Honcho", "Musashino-shi", "Tokyo", "180-0004"), ("Umeda", "Kita-ku", "Osaka", "530-0001"),
            ("Namba", "Chuo-ku", "Osaka", "542-0076"), ("Sakae", "Naka-ku", "Nagoya", "460-0008"),
            ("Minatomirai", "Nishi-ku", "Yokohama", "220-0012"), ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001")]


def ad_jp(v):
    dist, ward, city, pc = v.pick(JP_AREAS)
    first = "%d-%d-%d %s" % (v.r.randint(1, 6), v.r.randint(1, 30), v.r.randint(1, 20), dist)
    lines = ([v.pick(["Room %d" % v.r.randint(101, 1208), "Sunny Heights %d" % v.r.randint(101, 508)])]
             if v.r.random() < 0.4 else []) + [first, "%s, %s %s" % (ward, city, pc)]
    return lines


KR_ROADS = [("Teheran-ro", "Gangnam-gu", "Seoul", "06"), ("Sejong-daero", "Jung-gu", "Seoul", "04"),
            ("Olympic-ro", "Songpa-gu", "Seoul", "05"), ("Haeundae-ro", "Haeundae-gu", "Busan", "48"),
            ("Dongseong-ro", "Jung-gu", "Daegu", "41"), ("Pangyo-ro", "Bundang-gu", "Seongnam", "13")]


def ad_kr(v):
    road, gu, city, pre = v.pick(KR_ROADS)
    gil = (" %d-gil" % v.r.randint(2, 80)) if v.r.random() < 0.5 else ""
    lines = (["Apt %d" % v.r.randint(101, 2304)] if v.r.random() < 0.4 else [])
    lines += ["%d %s%s" % (v.r.randint(1, 300), road, gil), gu, "%s %s%s" % (city, pre, v.d(3))]
    return lines


CN_ROADS = [("Century Avenue", "Pudong New Area", "Shanghai", "2001"),
            ("Jianguomen Outer Street", "Chaoyang District", "Beijing", "1000"),
            ("Tianhe Road", "Tianhe District", "Guangzhou", "5106"),
            ("Nanjing West Road", "Jing'an District", "Shanghai", "2000"),
            ("Shennan Boulevard", "Futian District", "Shenzhen", "5180"),
            ("Wensan Road", "Xihu District", "Hangzhou", "3100"),
            ("Renmin South Road", "Wuhou District", "Chengdu", "6100")]


def ad_cn(v):
    road, dist, city, pre = v.pick(CN_ROADS)
    lines = (["Room %d, Building %d" % (v.r.randint(101, 2808), v.r.randint(1, 12))] if v.r.random() < 0.5 else [])
    lines += ["No. %d %s" % (v.r.randint(1, 999), road), dist, "%s %s%s" % (city, pre, v.d(2))]
    return lines


PL_CITIES = [("Warszawa", ["00", "02"]), ("Kraków", ["30", "31"]), ("Gdańsk", ["80"]), ("Wrocław", ["50", "53"]),
             ("Poznań", ["60", "61"]), ("Łódź", ["90"]), ("Lublin", ["20"]), ("Katowice", ["40"])]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "al. Grunwaldzka", "ul. Piotrkowska", "os. Kosmonautów",
              "ul. Świętokrzyska", "ul. Mickiewicza", "ul. Kościuszki", "al. Jerozolimskie", "ul. Szewska",
              "ul. Ogrodowa", "ul. Polna"]


def ad_pl(v):
    city, pres = v.pick(PL_CITIES)
    n = v.r.randint(1, 180)
    hn = v.pick(["%d" % n, "%d/%d" % (n, v.r.randint(1, 60)), "%d m. %d" % (n, v.r.randint(1, 60))])
    return ["%s %s" % (v.pick(PL_STREETS), hn), "%s-%03d %s" % (v.pick(pres), v.r.randint(1, 999), city)]


SE_CITIES = [("Stockholm", "1"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Lund", "22"),
             ("Umeå", "90"), ("Västerås", "72"), ("Örebro", "70")]
SE_STREETS = ["Götgatan", "Kungsgatan", "Storgatan", "Drottninggatan", "Sveavägen", "Vasagatan", "Linnégatan",
              "Södra Förstadsgatan", "Hornsgatan", "Ringvägen", "Skolgatan", "Björkvägen"]


def ad_se(v):
    city, pre = v.pick(SE_CITIES)
    digits = pre + v.d(5 - len(pre))
    pc = "%s %s" % (digits[:3], digits[3:])
    lines = ["%s %d%s" % (v.pick(SE_STREETS), v.r.randint(1, 120), v.pick(["", "", "A", "B"]))]
    if v.r.random() < 0.3:
        lines.append("lgh %d" % v.r.randint(1001, 1602))
    lines.append("%s %s" % (pc, city))
    return lines


ADDRESSES = {"us": ad_us, "ca": ad_ca, "uk": ad_uk, "ie": ad_ie, "au": ad_au, "in": ad_in, "de": ad_de, "fr": ad_fr,
             "es": ad_es, "it": ad_it, "nl": ad_nl, "pt": ad_pt, "br": ad_br, "mx": ad_mx, "za": ad_za, "ng": ad_ng,
             "ke": ad_ke, "sg": ad_sg, "ph": ad_ph, "jp": ad_jp, "kr": ad_kr, "cn": ad_cn, "pl": ad_pl, "se": ad_se}


def address_line(v, loc):
    lines = ADDRESSES[loc](v)
    if loc == "us" and len(lines) == 3 and v.r.random() < 0.5:
        return "%s %s, %s" % tuple(lines)
    if loc == "br":
        return "%s - %s, %s, %s" % tuple(lines)
    return ", ".join(lines)


def address_block(v, loc):
    return "\n".join(ADDRESSES[loc](v))
